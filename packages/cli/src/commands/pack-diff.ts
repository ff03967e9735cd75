import type { Command } from "commander";
import { diffPacks } from "@dti/engine";
import { classifyChange, draftCrosswalk, nextVersion } from "@dti/pack-sdk";
import { InvalidArgumentError } from "commander";
import { writeJson, type CommandContext } from "../context";
import { renderCrosswalkDraft, renderPackDiff } from "../format/diff";
import { parseLang, type Lang } from "../i18n";
import { loadPackOrVariant } from "../packs";

function parseDraftFormat(value: string): "json" | "ts" {
  if (value !== "json" && value !== "ts") throw new InvalidArgumentError(`expected json or ts, got "${value}"`);
  return value;
}

export function registerPackDiff(pack: Command, ctx: CommandContext): void {
  pack
    .command("diff")
    .description(
      "what changed from one pack to another: indices and indicators added, removed, renamed, re-weighted, moved, rules changed, every side of a split or merge, points moved, and whether the change is a patch, minor or major (.changeset/README.md)",
    )
    .argument("<pack-a>", "the earlier pack: installed id, directory, bundle, or a what-if variant file (dti-variant@1)")
    .argument("<pack-b>", "the later pack (its crosswalk from pack-a, if any, matches the codes)")
    .option("--json", "print the diff as JSON on stdout (with `change`: the semver class and its reasons)")
    .option("--lang <lang>", "language of rules and of the semver class: vi (default) or en", parseLang)
    .option(
      "--crosswalk-draft [format]",
      "print instead a draft crosswalk from pack-a to pack-b for the author to edit: every pillar, index and indicator with a guessed relation (ts: a crosswalks.ts module, the default; json)",
      parseDraftFormat,
    )
    .action(async (a: string, b: string, options: { json?: boolean; lang?: Lang; crosswalkDraft?: "json" | "ts" | true }) => {
      const older = (await loadPackOrVariant(a, ctx.io, ctx.engine)).loaded;
      const newer = (await loadPackOrVariant(b, ctx.io, ctx.engine)).loaded;
      if (options.crosswalkDraft !== undefined) {
        const draft = draftCrosswalk(older.pack, newer.pack);
        const format = options.crosswalkDraft === true ? (options.json ? "json" : "ts") : options.crosswalkDraft;
        if (format === "json") writeJson(ctx, draft);
        else ctx.io.stdout(renderCrosswalkDraft(draft));
        return;
      }
      const diff = diffPacks(older.pack, newer.pack);
      const change = classifyChange(diff);
      const sameId = older.pack.meta.id === newer.pack.meta.id;
      const semver = { ...change, ...(sameId ? { suggestedVersion: nextVersion(older.pack.meta.version, change.level) } : {}) };
      if (options.json) writeJson(ctx, { ...diff, change: semver });
      else ctx.io.stdout(renderPackDiff(diff, older.pack, newer.pack, { change: semver, lang: options.lang ?? ctx.lang }));
    });
}
