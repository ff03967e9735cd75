import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { checkPublished, readCaseDirectory, readPublishedFiles, runCase, type CaseOutcome } from "@dti/pack-sdk/testing";
import { writeJson, type CommandContext } from "../context";
import { CliError } from "../errors";
import { both, say } from "../i18n/catalogue";
import { toReported } from "../report";
import { findPack } from "../packs";
import { packDirOf } from "./pack-validate";

/** How many failures the text report shows in full (expected vs got); the JSON keeps them all. */
export const SHOWN_FAILURES = 10;

interface FileOutcome {
  file: string;
  kind: "cases" | "published";
  passed: number;
  failed: number;
  outcomes: CaseOutcome[];
  /** The file could not be run at all (e.g. a pack whose coverage does not aggregate). */
  error?: { code: string; message: string };
}

/** dti pack test: a pack's golden cases and published-figure checks; exit 1 on a failure. */
export async function packTest(ctx: CommandContext, reference: string, options: { json?: boolean }): Promise<void> {
  const lang = ctx.lang;
  const { content, source } = await findPack(reference, ctx.io);
  const loaded = ctx.engine.load(content);
  const dir = packDirOf(source, ctx.io);
  if (!dir || !existsSync(join(dir, "package.json"))) throw new CliError("PACK_NOT_FOUND", both("pack.isBundleTest", { reference }));
  const fixtures = join(realpathSync(dir), "fixtures");
  const id = loaded.pack.meta.id;
  const files: FileOutcome[] = [];
  const cases = join(fixtures, "cases");
  if (existsSync(cases))
    for (const { file, cases: fileCases } of readCaseDirectory(cases)) {
      const outcomes = fileCases.map((c) => runCase(c, id, (request, opts) => ctx.engine.score(loaded, request, opts)));
      files.push(summary(`cases/${file}`, "cases", outcomes));
    }
  if (existsSync(fixtures))
    for (const { file, published } of readPublishedFiles(fixtures)) {
      try {
        files.push(
          summary(
            file,
            "published",
            checkPublished(published, (request) => ctx.engine.aggregate(loaded, request)),
          ),
        );
      } catch (error) {
        const reported = toReported(error);
        const code = reported.code === "INTERNAL" ? ((error as { code?: string }).code ?? "INTERNAL") : reported.code;
        // In the language of the run, in JSON as on the screen.
        const message = reported.code === "INTERNAL" ? reported.message : (reported.localized?.[lang] ?? reported.message);
        files.push({ file, kind: "published", passed: 0, failed: 0, outcomes: [], error: { code, message } });
      }
    }
  const passed = files.reduce((n, f) => n + f.passed, 0);
  const failed = files.reduce((n, f) => n + f.failed, 0);
  if (failed > 0 || files.length === 0) ctx.exitCode = 1;
  if (options.json) {
    writeJson(ctx, { pack: id, version: loaded.pack.meta.version, passed, failed, files });
    return;
  }
  const lines = [`${id} ${loaded.pack.meta.version} (${dir})`];
  if (files.length === 0) lines.push(say(lang, "test.none"));
  for (const f of files)
    lines.push(
      f.error
        ? say(lang, "test.notChecked", { file: f.file, code: f.error.code, message: f.error.message })
        : `  ${f.failed === 0 ? "✓" : "✗"} ${f.file}: ${say(lang, "test.counts", { passed: f.passed, failed: f.failed })}`,
    );
  const failures = files.flatMap((f) => f.outcomes.filter((o) => !o.ok).map((o) => ({ file: f.file, outcome: o })));
  if (failures.length > 0) {
    lines.push("", say(lang, "test.failures", { shown: SHOWN_FAILURES, total: failures.length }));
    for (const { file, outcome } of failures.slice(0, SHOWN_FAILURES)) {
      lines.push(`  ✗ ${file}: ${outcome.name}`);
      for (const m of outcome.mismatches)
        lines.push(say(lang, "test.mismatch", { unit: m.unit, what: m.what, expected: String(m.expected), actual: String(m.actual) }));
    }
  }
  lines.push("", `${failed === 0 && files.length > 0 ? "✓" : "✗"} ${say(lang, "test.counts", { passed, failed })}`, "");
  ctx.io.stdout(lines.join("\n"));
}

function summary(file: string, kind: FileOutcome["kind"], outcomes: CaseOutcome[]): FileOutcome {
  const failed = outcomes.filter((o) => !o.ok).length;
  return { file, kind, passed: outcomes.length - failed, failed, outcomes };
}
