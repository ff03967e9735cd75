import type { Command } from "commander";
import { ENGINE_VERSION } from "@dti/engine";
import type { CommandContext } from "../context";
import { writeTextFile } from "../io/files";
import { CLI_VERSION } from "../version";
import { loadPackRef } from "../packs";

export const BUNDLE_FORMAT = "dti-pack-bundle@1";

export function registerPackBuild(pack: Command, ctx: CommandContext): void {
  pack
    .command("build")
    .description(`write a pack as a JSON bundle ({ "format": "${BUNDLE_FORMAT}", "pack": … }) that any dti command accepts`)
    .argument("<pack>", "installed pack id, pack directory or bundle file")
    .requiredOption("--out <file.json>", "the bundle file to write")
    .action(async (reference: string, options: { out: string }) => {
      const { loaded } = await loadPackRef(reference, ctx.io, ctx.engine);
      // The bundle holds the parsed pack (defaults filled in), so loading it again gives the same hash.
      const bundle = {
        format: BUNDLE_FORMAT,
        hash: loaded.ref.hash,
        builtWith: { cli: CLI_VERSION, engine: ENGINE_VERSION },
        pack: loaded.pack,
      };
      const path = writeTextFile(ctx.io.cwd, options.out, `${JSON.stringify(bundle, null, 2)}\n`);
      ctx.io.stderr(`wrote ${loaded.ref.id} ${loaded.ref.version} (${loaded.ref.hash}) to ${path}\n`);
    });
}
