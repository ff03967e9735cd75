import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkVersionRecord, compareVersions, formatPath, packIssueMessage, type VersionRecord } from "@dti/pack-sdk";
import { fingerprint } from "@dti/engine";
import type { CommandContext } from "../context";
import { CliError } from "../errors";
import { both, say } from "../i18n/catalogue";
import { findPack } from "../packs";
import { knownPacks, packDirOf, readVersionRecord, VERSIONS_FILE } from "./pack-validate";

/** dti pack release: records the pack's version and content hash in its pack-versions.json once it validates. */
export async function packRelease(ctx: CommandContext, reference: string): Promise<void> {
  const lang = ctx.lang;
  const { content, source } = await findPack(reference, ctx.io);
  const dir = packDirOf(source, ctx.io);
  if (!dir) throw new CliError("PACK_NOT_FOUND", both("pack.isBundleRelease", { reference }));
  const { packs } = await knownPacks(content, ctx.engine, ctx.io, source.kind === "directory" ? dir : undefined);
  const loaded = ctx.engine.load(content, { packs });
  const hash = fingerprint(loaded.pack);
  const record: VersionRecord = readVersionRecord(dir) ?? {};
  const problems = checkVersionRecord(loaded.pack.meta, hash, record);
  const { id, version } = loaded.pack.meta;
  if (problems.length > 0) throw new CliError("PACK_INVALID", both("pack.cannotRelease", { id, version }), { issues: problems });
  if (record[version] === hash) {
    ctx.io.stdout(`${say(lang, "release.already", { id, version, hash })}\n`);
    return;
  }
  const next = Object.fromEntries(Object.entries({ ...record, [version]: hash }).sort(([a], [b]) => compareVersions(a, b)));
  writeFileSync(join(dir, VERSIONS_FILE), `${JSON.stringify(next, null, 2)}\n`);
  ctx.io.stdout(`${say(lang, "release.recorded", { id, version, file: join(dir, VERSIONS_FILE), hash })}\n`);
  for (const w of loaded.warnings.filter((x) => x.code !== "PROVISIONAL"))
    ctx.io.stderr(`  ${say(lang, "validate.warning")} ${w.code} ${w.where ?? formatPath(w.path)}: ${packIssueMessage(w, lang)}\n`);
}
