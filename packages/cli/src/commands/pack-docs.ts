import { renderHandbook } from "@dti/pack-sdk";
import type { CommandContext } from "../context";
import { say } from "../i18n/catalogue";
import { writeTextFile } from "../io/files";
import { loadPackRef } from "../packs";

/** dti pack docs: the indicator handbook as Markdown, in the language of the run. */
export async function packDocs(ctx: CommandContext, reference: string, options: { out?: string }): Promise<void> {
  const { loaded } = await loadPackRef(reference, ctx.io, ctx.engine);
  const markdown = renderHandbook(loaded.pack, ctx.lang);
  if (options.out) {
    const path = writeTextFile(ctx.io.cwd, options.out, markdown);
    ctx.io.stderr(`${say(ctx.lang, "docs.wrote", { id: loaded.ref.id, version: loaded.ref.version, path })}\n`);
  } else ctx.io.stdout(markdown);
}
