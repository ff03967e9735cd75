import type { Command } from "commander";
import { writeJson, type CommandContext } from "../context";
import { toReported } from "../errors";
import { formatError } from "../format/issues";
import { formatPoints } from "../format/number";
import { packFacts, shortHash } from "../format/pack";
import { renderTable } from "../format/table";
import { installedPacks } from "../installed-packs";
import { hostDirOf } from "../packs";

type Listed =
  | ({ status: "ok"; packageName: string } & ReturnType<typeof packFacts>)
  | { status: "error"; id: string; packageName: string; version: string; error: { code: string; message: string } };

export function registerPacks(program: Command, ctx: CommandContext): void {
  program
    .command("packs")
    .description("list the installed indicator packs: id, version, hash, years, indicators, points, coverage")
    .option("--json", "print JSON (full hashes) on stdout")
    .action(async (options: { json?: boolean }) => {
      const listed: Listed[] = [];
      for (const installed of installedPacks(hostDirOf(ctx.io))) {
        try {
          const loaded = ctx.engine.load(await installed.content());
          listed.push({ status: "ok", packageName: installed.packageName, ...packFacts(loaded) });
        } catch (error) {
          const { code, message } = toReported(error);
          listed.push({
            status: "error",
            id: installed.id,
            packageName: installed.packageName,
            version: installed.version,
            error: { code, message },
          });
        }
      }
      if (options.json) writeJson(ctx, { packs: listed });
      else if (listed.length === 0) ctx.io.stdout("No indicator packs are installed.\n");
      else
        ctx.io.stdout(
          renderTable(
            ["Pack", "Version", "Hash", "Years", "Indicators", "Points", "Coverage"],
            listed.map((p) =>
              p.status === "ok"
                ? [
                    p.id,
                    p.version,
                    shortHash(p.hash),
                    p.years.join(", "),
                    String(p.indicators),
                    p.totalPoints === null ? "?" : formatPoints(p.totalPoints),
                    p.coverage,
                  ]
                : [p.id, p.version, "—", "—", "—", "—", `error ${p.error.code}`],
            ),
            ["left", "left", "left", "left", "right", "right", "left"],
          ) + "\n",
        );
      for (const p of listed)
        if (p.status === "error") {
          ctx.io.stderr(
            formatError({
              code: p.error.code,
              message: `pack ${p.id} (${p.packageName}) cannot be loaded: ${p.error.message}; run \`dti pack validate ${p.id}\` for every problem`,
              issues: [],
            }),
          );
          ctx.exitCode = 1;
        }
    });
}
