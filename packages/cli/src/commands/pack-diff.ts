import { diffPacks } from "@dti/engine";
import { classifyChange, draftCrosswalk, nextVersion } from "@dti/pack-sdk";
import { writeJson, type CommandContext } from "../context";
import { renderCrosswalkDraft, renderPackDiff } from "../format/diff";
import { loadPackOrVariant } from "../packs";

/** dti pack diff: what changed from one pack to another, or a draft crosswalk between them. */
export async function packDiff(
  ctx: CommandContext,
  a: string,
  b: string,
  options: { json?: boolean; crosswalkDraft?: "json" | "ts" | true },
): Promise<void> {
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
  else ctx.io.stdout(renderPackDiff(diff, older.pack, newer.pack, { change: semver, lang: ctx.lang }));
}
