import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { formatPath, type PackIssue } from "@dti/pack-sdk";
import { fingerprint } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { formatError } from "../format/issues";
import { findPack } from "../packs";

/** The hash a bundle file declares (written by `dti pack build`), if any. */
function declaredHash(file: string): string | undefined {
  try {
    const hash = (JSON.parse(readFileSync(file, "utf8")) as { hash?: unknown }).hash;
    return typeof hash === "string" ? hash : undefined;
  } catch {
    return undefined;
  }
}

function issueJson(issue: PackIssue | { code: string; path: (string | number)[]; message: string }) {
  return { code: issue.code, path: formatPath(issue.path), message: issue.message };
}

export function registerPackValidate(pack: Command, ctx: CommandContext): void {
  pack
    .command("validate")
    .description("check a pack (installed id, directory or bundle.json): every problem with its path; exit 1 if any")
    .argument("<pack>", "installed pack id, pack directory or bundle file")
    .option("--json", "print the report as JSON on stdout")
    .action(async (reference: string, options: { json?: boolean }) => {
      const { content, source } = await findPack(reference, ctx.io);
      const report = ctx.engine.validate(content);
      const meta = report.pack?.meta ?? (content as { meta?: { id?: unknown; version?: unknown } } | undefined)?.meta;
      const id = typeof meta?.id === "string" ? meta.id : "(unnamed)";
      const version = typeof meta?.version === "string" ? meta.version : "?";
      const valid = report.errors.length === 0;
      const hash = valid && report.pack ? fingerprint(report.pack) : undefined;
      const declared = source.kind === "bundle" ? declaredHash(source.location) : undefined;
      const warnings = [
        ...report.warnings,
        ...(hash && declared && declared !== hash
          ? [
              {
                code: "BUNDLE_HASH",
                path: ["hash"],
                message: `the bundle says ${declared} but its pack hashes to ${hash}: it was changed after dti pack build`,
              },
            ]
          : []),
      ];
      if (options.json) {
        writeJson(ctx, {
          valid,
          source,
          pack: { id, version, ...(hash ? { hash } : {}) },
          errors: report.errors.map(issueJson),
          warnings: warnings.map(issueJson),
        });
      } else {
        const lines = [
          `${valid ? "✓" : "✗"} ${id} ${version} (${source.kind}: ${source.location}): ${report.errors.length} error(s), ${warnings.length} warning(s)`,
        ];
        if (hash) lines.push(`  hash ${hash}`);
        for (const e of report.errors) lines.push(`  error ${e.code} ${formatPath(e.path)}: ${e.message}`);
        for (const w of warnings) lines.push(`  warning ${w.code} ${formatPath(w.path)}: ${w.message}`);
        ctx.io.stdout(`${lines.join("\n")}\n`);
      }
      if (!valid) {
        ctx.io.stderr(
          formatError({
            code: "PACK_INVALID",
            message: `pack ${id} is not valid: ${report.errors.length} problem(s)${options.json ? " (listed in the JSON report)" : " (listed above)"}`,
            issues: [],
          }),
        );
        ctx.exitCode = 1;
      }
    });
}
