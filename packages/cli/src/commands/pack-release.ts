import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { checkVersionRecord, compareVersions, formatPath, type VersionRecord } from "@dti/pack-sdk";
import { EngineError, fingerprint } from "@dti/engine";
import type { CommandContext } from "../context";
import { packIssueText, parseLang, type Lang } from "../i18n";
import { findPack } from "../packs";
import { knownPacks, packDirOf, readVersionRecord, VERSIONS_FILE } from "./pack-validate";

export function registerPackRelease(pack: Command, ctx: CommandContext): void {
  pack
    .command("release")
    .description(
      `record a pack's version and content hash in its ${VERSIONS_FILE} ({"1.0.0": "sha256:…"}) once it validates; refuses a released version whose content changed (bump it first)`,
    )
    .argument("<pack>", "pack directory or installed pack id (not a bundle: the record lives in the pack's directory)")
    .option("--lang <lang>", "language of the messages: vi (default) or en", parseLang)
    .action(async (reference: string, options: { lang?: Lang }) => {
      const lang = options.lang ?? ctx.lang;
      const { content, source } = await findPack(reference, ctx.io);
      const dir = packDirOf(source, ctx.io);
      if (!dir) throw new EngineError("PACK_NOT_FOUND", `${reference} is a bundle: release the pack directory it was built from`);
      const { packs } = await knownPacks(content, ctx.engine, ctx.io, source.kind === "directory" ? dir : undefined);
      const loaded = ctx.engine.load(content, { packs });
      const hash = fingerprint(loaded.pack);
      const record: VersionRecord = readVersionRecord(dir) ?? {};
      const problems = checkVersionRecord(loaded.pack.meta, hash, record);
      if (problems.length > 0)
        throw new EngineError("PACK_INVALID", `${loaded.pack.meta.id} ${loaded.pack.meta.version} cannot be released as it is`, {
          issues: problems,
        });
      const { version } = loaded.pack.meta;
      if (record[version] === hash) {
        ctx.io.stdout(`${loaded.pack.meta.id} ${version} ${lang === "vi" ? "đã được ghi nhận" : "is already recorded"}: ${hash}\n`);
        return;
      }
      const next = Object.fromEntries(Object.entries({ ...record, [version]: hash }).sort(([a], [b]) => compareVersions(a, b)));
      writeFileSync(join(dir, VERSIONS_FILE), `${JSON.stringify(next, null, 2)}\n`);
      ctx.io.stdout(
        `${loaded.pack.meta.id} ${version} ${lang === "vi" ? "đã ghi vào" : "recorded in"} ${join(dir, VERSIONS_FILE)}: ${hash}\n`,
      );
      for (const w of loaded.warnings.filter((x) => x.code !== "PROVISIONAL"))
        ctx.io.stderr(`  warning ${w.code} ${w.where ?? formatPath(w.path)}: ${packIssueText(w, lang)}\n`);
    });
}
