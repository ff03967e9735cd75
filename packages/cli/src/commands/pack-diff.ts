import type { Command } from "commander";
import { diffPacks } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { renderPackDiff } from "../format/diff";
import { loadPackOrVariant } from "../packs";

export function registerPackDiff(pack: Command, ctx: CommandContext): void {
  pack
    .command("diff")
    .description(
      "what changed from one pack to another: indices and indicators added, removed, renamed, re-weighted, moved, rules changed, points moved",
    )
    .argument("<pack-a>", "the earlier pack: installed id, directory, bundle, or a what-if variant file (dti-variant@1)")
    .argument("<pack-b>", "the later pack (its crosswalk from pack-a, if any, matches the codes)")
    .option("--json", "print the diff as JSON on stdout")
    .action(async (a: string, b: string, options: { json?: boolean }) => {
      const older = (await loadPackOrVariant(a, ctx.io, ctx.engine)).loaded;
      const newer = (await loadPackOrVariant(b, ctx.io, ctx.engine)).loaded;
      const diff = diffPacks(older.pack, newer.pack);
      if (options.json) writeJson(ctx, diff);
      else ctx.io.stdout(renderPackDiff(diff, older.pack, newer.pack));
    });
}
