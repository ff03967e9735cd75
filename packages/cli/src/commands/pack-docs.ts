import { Option, type Command } from "commander";
import { renderHandbook } from "@dti/pack-sdk";
import type { CommandContext } from "../context";
import { writeTextFile } from "../io/files";
import { loadPackRef } from "../packs";

export function registerPackDocs(pack: Command, ctx: CommandContext): void {
  pack
    .command("docs")
    .description("print a pack's indicator handbook as Markdown (Vietnamese by default)")
    .argument("<pack>", "installed pack id, pack directory or bundle file")
    .addOption(new Option("--lang <lang>", "language of the handbook").choices(["vi", "en"]).default("vi"))
    .option("--out <file.md>", "write the handbook to a file instead of stdout")
    .action(async (reference: string, options: { lang: "vi" | "en"; out?: string }) => {
      const { loaded } = await loadPackRef(reference, ctx.io, ctx.engine);
      const markdown = renderHandbook(loaded.pack, options.lang);
      if (options.out) {
        const path = writeTextFile(ctx.io.cwd, options.out, markdown);
        ctx.io.stderr(`wrote the ${options.lang} handbook of ${loaded.ref.id} ${loaded.ref.version} to ${path}\n`);
      } else ctx.io.stdout(markdown);
    });
}
