import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  checkVersionRecord,
  classifyChange,
  pendingBump,
  type ChangeLevel,
  diffPacks,
  formatPath,
  packIssueMessage,
  type ChangeClass,
  type Pack,
  type PackIssue,
  type VersionRecord,
} from "@dti/pack-sdk";
import { fingerprint, type Engine } from "@dti/engine";
import type { PackSource } from "@dti/engine/node";
import { writeJson, type CommandContext } from "../context";
import { formatError } from "../format/issues";
import { both, say } from "../i18n/catalogue";
import type { Lang } from "../i18n/lang";
import type { Localized } from "../i18n/message";
import type { CliIo } from "../io";
import { findPack, packsOf } from "../packs";

/** Above this many problems, the text report lists the first ones and counts the rest by code (JSON keeps them all). */
export const SHOWN_ISSUES = 50;

/** The hash a bundle file declares (written by `dti pack build`), if any. */
function declaredHash(file: string): string | undefined {
  try {
    const hash = (JSON.parse(readFileSync(file, "utf8")) as { hash?: unknown }).hash;
    return typeof hash === "string" ? hash : undefined;
  } catch {
    return undefined;
  }
}

/** The directory a pack was read from (a directory, or an installed package's), for its pack-versions.json. */
export function packDirOf(source: PackSource, io: CliIo): string | undefined {
  const dir =
    source.kind === "directory"
      ? source.location
      : source.kind === "package"
        ? packsOf(io).find((p) => p.packageName === source.location)?.dir
        : undefined;
  // The workspace directory, not pnpm's link to it.
  return dir && existsSync(dir) ? realpathSync(dir) : dir;
}

export const VERSIONS_FILE = "pack-versions.json";

/**
 * The bump pending changesets make to the package in `dir` (read from the nearest `.changeset/` above
 * it), as `describePack` reads them: a content change under a pending bump is VERSION_PENDING, a warning.
 */
export function pendingBumpOf(dir: string): ChangeLevel | undefined {
  const pkg = join(dir, "package.json");
  if (!existsSync(pkg)) return undefined;
  const name = (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name;
  for (let at = dir; name; at = dirname(at)) {
    const changesets = join(at, ".changeset");
    if (existsSync(changesets))
      return pendingBump(
        readdirSync(changesets)
          .filter((f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md")
          .map((f) => readFileSync(join(changesets, f), "utf8")),
        name,
      );
    if (dirname(at) === at) break;
  }
  return undefined;
}

export function readVersionRecord(dir: string | undefined): VersionRecord | undefined {
  if (!dir || !existsSync(join(dir, VERSIONS_FILE))) return undefined;
  return JSON.parse(readFileSync(join(dir, VERSIONS_FILE), "utf8")) as VersionRecord;
}

/**
 * The installed packs a candidate's crosswalks map from (loaded; those that do not load are left
 * out, and their crosswalks reported CROSSWALK_UNCHECKED), and the installed pack with the
 * candidate's own id when it is another copy (the previous content of a revision).
 */
export async function knownPacks(
  content: unknown,
  engine: Engine,
  io: CliIo,
  exceptDir?: string,
): Promise<{ packs: Pack[]; installed: Map<string, Pack> }> {
  const crosswalks = (content as { crosswalks?: { from?: unknown }[] } | null)?.crosswalks;
  const id = (content as { meta?: { id?: unknown } } | null)?.meta?.id;
  const wanted = new Set(
    [...(Array.isArray(crosswalks) ? crosswalks.map((c) => c?.from) : []), id].filter((x): x is string => typeof x === "string"),
  );
  const installed = new Map<string, Pack>();
  for (const pack of packsOf(io)) {
    if (!wanted.has(pack.id) || pack.dir === exceptDir) continue;
    try {
      installed.set(pack.id, engine.load(await pack.content()).pack);
    } catch {
      // not loadable: its crosswalks stay unchecked (a warning), `dti packs` says why
    }
  }
  return { packs: [...installed.values()], installed };
}

/** A problem the CLI adds to the pack's own (BUNDLE_HASH), worded in both languages. */
interface OwnIssue {
  code: string;
  path: (string | number)[];
  localized: Localized;
}

function issueMessage(issue: PackIssue | OwnIssue, lang: Lang): string {
  return "localized" in issue ? issue.localized[lang] : packIssueMessage(issue, lang);
}

function issueJson(issue: PackIssue | OwnIssue, lang: Lang) {
  return {
    code: issue.code,
    path: ("where" in issue && issue.where) || formatPath(issue.path),
    pointer: formatPath(issue.path),
    message: issueMessage(issue, lang),
    ...(lang !== "en" ? { messageEn: issueMessage(issue, "en") } : {}),
  };
}

/** The first SHOWN_ISSUES lines of a kind, then "… and 312 more (CODE: count, …)". */
export function capped(lines: string[], issues: { code: string }[], what: string, lang: Lang): string[] {
  if (issues.length <= SHOWN_ISSUES) return lines;
  const rest = issues.slice(SHOWN_ISSUES);
  const counts = new Map<string, number>();
  for (const i of rest) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  const codes = [...counts].map(([code, n]) => `${code}: ${n}`).join(", ");
  return [...lines.slice(0, SHOWN_ISSUES), `  ${say(lang, "validate.more", { count: rest.length, what, codes })}`];
}

/** dti pack validate: every problem of a pack in one pass, in the language of the run. */
export async function packValidate(ctx: CommandContext, reference: string, options: { json?: boolean }): Promise<void> {
  const lang = ctx.lang;
  const { content, source } = await findPack(reference, ctx.io);
  const dir = packDirOf(source, ctx.io);
  const { packs, installed } = await knownPacks(content, ctx.engine, ctx.io, source.kind === "directory" ? dir : undefined);
  const report = ctx.engine.validate(content, { packs });
  const meta = report.pack?.meta ?? (content as { meta?: { id?: unknown; version?: unknown } } | undefined)?.meta;
  const id = typeof meta?.id === "string" ? meta.id : say(lang, "validate.unnamed");
  const version = typeof meta?.version === "string" ? meta.version : "?";
  const hash = report.pack ? fingerprint(report.pack) : undefined;
  const errors = [...report.errors];
  // The version record: a content change must come with a new version.
  const record = readVersionRecord(dir);
  const pending: PackIssue[] = [];
  if (record && report.pack && hash) {
    const previous = installed.get(id);
    let change: ChangeClass | undefined;
    if (previous && previous.meta.version === version && fingerprint(previous) === record[version] && fingerprint(previous) !== hash)
      change = classifyChange(diffPacks(previous, report.pack));
    // A pending changeset bumping the pack stands for the bump: a VERSION_PENDING warning, not an error.
    const found = checkVersionRecord(report.pack.meta, hash, record, change, dir ? pendingBumpOf(dir) : undefined);
    errors.push(...found.filter((i) => i.code !== "VERSION_PENDING"));
    pending.push(...found.filter((i) => i.code === "VERSION_PENDING"));
  }
  const valid = errors.length === 0;
  const declared = source.kind === "bundle" ? declaredHash(source.location) : undefined;
  const warnings: (PackIssue | OwnIssue)[] = [
    ...report.warnings,
    ...pending,
    ...(valid && hash && declared && declared !== hash
      ? [{ code: "BUNDLE_HASH", path: ["hash"], localized: both("validate.bundleHash", { declared, hash }) }]
      : []),
  ];
  if (options.json) {
    writeJson(ctx, {
      valid,
      source,
      pack: { id, version, ...(valid && hash ? { hash } : {}) },
      checkedAgainst: packs.map((p) => ({ id: p.meta.id, version: p.meta.version })),
      errors: errors.map((e) => issueJson(e, lang)),
      warnings: warnings.map((w) => issueJson(w, lang)),
    });
  } else {
    const lines = [
      `${valid ? "✓" : "✗"} ${id} ${version} (${say(lang, `source.${source.kind}`)}: ${source.location}): ${say(lang, "validate.summary", { errors: errors.length, warnings: warnings.length })}`,
    ];
    if (valid && hash) lines.push(say(lang, "validate.hash", { hash }));
    const line = (kind: "error" | "warning", i: PackIssue | OwnIssue) =>
      `  ${say(lang, kind === "error" ? "validate.error" : "validate.warning")} ${i.code} ${("where" in i && i.where) || formatPath(i.path)}: ${issueMessage(i, lang)}`;
    lines.push(
      ...capped(
        errors.map((e) => line("error", e)),
        errors,
        say(lang, "validate.errors"),
        lang,
      ),
    );
    lines.push(
      ...capped(
        warnings.map((w) => line("warning", w)),
        warnings,
        say(lang, "validate.warnings"),
        lang,
      ),
    );
    ctx.io.stdout(`${lines.join("\n")}\n`);
  }
  if (!valid) {
    const message = both("validate.invalid", { id, count: errors.length, json: Boolean(options.json) });
    ctx.io.stderr(formatError({ code: "PACK_INVALID", message: message.en, localized: message, issues: [] }, lang));
    ctx.exitCode = 1;
  }
}
