import type { PackDiff } from "./diff/packs";
import type { PackIssue } from "./issues";
import { PACK_MESSAGES, type MessageParams } from "./pack-messages";

/** How much a pack's content changed, by the rules of `.changeset/README.md`. */
export type ChangeLevel = "none" | "patch" | "minor" | "major";

export interface ChangeReason {
  level: Exclude<ChangeLevel, "none">;
  /** What changed, in English: "7.1: rule changed", "input ai_uses added". */
  what: string;
}

export interface ChangeClass {
  level: ChangeLevel;
  /** Every change that sets the level, the weightiest first. */
  reasons: ChangeReason[];
}

const RANK: Record<ChangeLevel, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * Whether a revision of a pack is a patch, minor or major change (`.changeset/README.md`):
 * - **major**: an indicator or index removed, an indicator's code changed, points changed, an
 *   indicator moved to another index, a rule changed so that existing scores change, an input removed
 *   or what it accepts changed, a split or merge;
 * - **minor**: a new indicator, index, input or choice option (a choice rule that only scores new
 *   options) that does not change existing scores;
 * - **patch**: anything else that changes the content: names, method texts, notes, evidence, labels.
 * A rule change that corrects a mistranscribed value is a patch by the README, but nothing tells it from
 * a changed method: it is classed major, and the reason says so, for the author to decide.
 */
export function classifyChange(diff: PackDiff): ChangeClass {
  const reasons: ChangeReason[] = [];
  const add = (level: ChangeReason["level"], what: string) => reasons.push({ level, what });
  const x = diff.indicators;
  for (const r of x.removed) add("major", `indicator ${r.code} removed`);
  for (const r of diff.indices.removed) add("major", `index ${r.code} removed`);
  for (const r of [...x.renamed, ...diff.indices.renamed])
    if (r.fromCode !== r.code) add("major", `${r.fromCode} renamed to ${r.code}`);
    else add("patch", `${r.code}: name changed`);
  for (const r of [...x.reweighted, ...diff.indices.reweighted]) add("major", `${r.code}: max points ${r.from ?? "?"} → ${r.to ?? "?"}`);
  for (const r of x.moved) add("major", `${r.code} moved from index ${r.fromIndex} to ${r.toIndex}`);
  for (const r of x.ruleChanged)
    if (r.extendsOnly) add("minor", `${r.code}: rule scores new options only`);
    else add("major", `${r.code}: rule changed (a patch if it only corrects a mistranscribed value of the official text)`);
  for (const r of diff.restructured) add("major", `${r.from.join(" + ")} → ${r.to.join(" + ")} (${r.relation})`);
  for (const id of diff.inputs.removed) add("major", `input ${id} removed`);
  for (const c of diff.inputs.changed) add("major", `input ${c.id}: accepts ${c.to} instead of ${c.from}`);
  for (const r of x.added) add("minor", `indicator ${r.code} added`);
  for (const r of diff.indices.added) add("minor", `index ${r.code} added`);
  for (const id of diff.inputs.added) add("minor", `input ${id} added`);
  for (const o of diff.inputs.optionsAdded) add("minor", `input ${o.id}: option(s) ${o.values.join(", ")} added`);
  if (reasons.length === 0 && diff.contentChanged) add("patch", "texts changed (names, methods, notes, labels or evidence)");
  reasons.sort((a, b) => RANK[b.level] - RANK[a.level]);
  return { level: reasons[0]?.level ?? "none", reasons };
}

/** The version a change of this level takes: 1.2.3 → major 2.0.0, minor 1.3.0, patch 1.2.4. */
export function nextVersion(version: string, level: ChangeLevel): string {
  const [major = 0, minor = 0, patch = 0] = version.split("-")[0]!.split(".").map(Number);
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  if (level === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

/** -1, 0 or 1 as semantic versions compare (pre-release tags after their release's number are ignored). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split("-")[0]!.split(".").map(Number);
  const pb = b.split("-")[0]!.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) < (pb[i] ?? 0) ? -1 : 1;
  return 0;
}

/** The content hash of each released version of a pack: `pack-versions.json`, {"1.0.0": "sha256:…"}. */
export type VersionRecord = Record<string, string>;

/**
 * A content change whose version was not bumped: the version is recorded with another content hash
 * (VERSION_NOT_BUMPED, saying how much to bump when the change is known), or the version is below one
 * already released. `hash` is the pack's content hash as the engine fingerprints it. With `pending`,
 * the bump a pending changeset makes (`pendingBump`), a changed content is VERSION_PENDING instead: a
 * warning, as the version is bumped by `pnpm version-packages`, not by hand.
 */
export function checkVersionRecord(
  meta: { id: string; version: string },
  hash: string,
  record: VersionRecord,
  change?: ChangeClass,
  pending?: ChangeLevel,
): PackIssue[] {
  const issue = (key: "version_not_bumped" | "version_below" | "version_pending", params: MessageParams): PackIssue => ({
    code: key === "version_pending" ? "VERSION_PENDING" : "VERSION_NOT_BUMPED",
    path: ["meta", "version"],
    where: "meta.version",
    message: PACK_MESSAGES[key].en(params),
    text: { key, params },
  });
  const recorded = record[meta.version];
  if (recorded !== undefined) {
    if (recorded === hash) return [];
    // A pending changeset bumps the version at the next `pnpm version-packages`: the bump is on its way.
    if (pending && pending !== "none")
      return [issue("version_pending", { version: meta.version, pending, next: nextVersion(meta.version, pending) })];
    const bump = change && change.level !== "none" ? change.level : "";
    return [
      issue("version_not_bumped", {
        version: meta.version,
        recorded,
        hash,
        bump,
        next: bump ? nextVersion(meta.version, change!.level) : "",
      }),
    ];
  }
  const latest = Object.keys(record).sort(compareVersions).at(-1);
  if (latest !== undefined && compareVersions(meta.version, latest) < 0) return [issue("version_below", { version: meta.version, latest })];
  return [];
}

/**
 * The bump pending changesets make to a package (`.changeset/*.md` front matter: `"@dti-packs/x": minor`),
 * the largest of them, or undefined when none names it.
 */
export function pendingBump(changesets: readonly string[], packageName: string): ChangeLevel | undefined {
  let level: ChangeLevel | undefined;
  for (const text of changesets) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
    for (const line of front.split(/\r?\n/)) {
      const m = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (m && m[1] === packageName && (level === undefined || RANK[m[2] as ChangeLevel] > RANK[level])) level = m[2] as ChangeLevel;
    }
  }
  return level;
}
