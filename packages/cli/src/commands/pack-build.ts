import { ENGINE_VERSION } from "@dti/engine";
import type { CommandContext } from "../context";
import { say } from "../i18n/catalogue";
import { writeTextFile } from "../io/files";
import { loadPackRef } from "../packs";
import { CLI_VERSION } from "../version";

export const BUNDLE_FORMAT = "dti-pack-bundle@1";

/** dti pack build: writes a pack as a JSON bundle that any dti command accepts, with the same hash. */
export async function packBuild(ctx: CommandContext, reference: string, options: { out: string }): Promise<void> {
  const { loaded } = await loadPackRef(reference, ctx.io, ctx.engine);
  // The bundle holds the parsed pack (defaults filled in), so loading it again gives the same hash.
  const bundle = {
    format: BUNDLE_FORMAT,
    hash: loaded.ref.hash,
    builtWith: { cli: CLI_VERSION, engine: ENGINE_VERSION },
    pack: loaded.pack,
  };
  const path = writeTextFile(ctx.io.cwd, options.out, `${JSON.stringify(bundle, null, 2)}\n`);
  ctx.io.stderr(`${say(ctx.lang, "build.wrote", { id: loaded.ref.id, version: loaded.ref.version, hash: loaded.ref.hash, path })}\n`);
}
