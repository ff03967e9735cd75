import type { Command } from "commander";
import { writeJson, type CommandContext } from "../context";
import { toReported } from "../errors";
import { formatError } from "../format/issues";
import { formatPoints } from "../format/number";
import { packFacts, shortHash } from "../format/pack";
import { renderTable } from "../format/table";
import type { InstalledPackSource } from "../installed-packs";
import { packsOf } from "../packs";

interface Origin {
  /** package dependency | indicator-packs directory | DTI_PACKS_PATH | bundle (the compiled command's prebuilt copy of a dependency) */
  origin: "dependency" | "indicator-packs" | "DTI_PACKS_PATH" | "bundle";
  dir: string;
}

type Listed =
  | ({ status: "ok"; packageName: string } & Origin & ReturnType<typeof packFacts>)
  | ({ status: "error"; id: string; packageName: string; version: string; error: { code: string; message: string } } & Origin);

const ORIGIN_TEXT: Record<Origin["origin"], string> = {
  dependency: "package dependency",
  "indicator-packs": "indicator-packs directory",
  DTI_PACKS_PATH: "DTI_PACKS_PATH",
  bundle: "bundle",
};

function originOf(installed: InstalledPackSource): Origin {
  return { origin: installed.from === "bundle" ? "bundle" : installed.origin, dir: installed.dir };
}

export function registerPacks(program: Command, ctx: CommandContext): void {
  program
    .command("packs")
    .description(
      "list the indicator packs found (dependencies, indicator-packs/, DTI_PACKS_PATH): id, version, hash, years, indicators, points, coverage, where from",
    )
    .option("--json", "print JSON (full hashes) on stdout")
    .action(async (options: { json?: boolean }) => {
      const listed: Listed[] = [];
      for (const installed of packsOf(ctx.io)) {
        try {
          const loaded = ctx.engine.load(await installed.content());
          listed.push({ status: "ok", packageName: installed.packageName, ...originOf(installed), ...packFacts(loaded) });
        } catch (error) {
          const { code, message } = toReported(error);
          listed.push({
            status: "error",
            id: installed.id,
            packageName: installed.packageName,
            version: installed.version,
            ...originOf(installed),
            error: { code, message },
          });
        }
      }
      if (options.json) writeJson(ctx, { packs: listed });
      else if (listed.length === 0) ctx.io.stdout("No indicator packs are installed.\n");
      else
        ctx.io.stdout(
          renderTable(
            ["Pack", "Version", "Hash", "Years", "Indicators", "Points", "Coverage", "From"],
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
                    ORIGIN_TEXT[p.origin],
                  ]
                : [p.id, p.version, "—", "—", "—", "—", `error ${p.error.code}`, ORIGIN_TEXT[p.origin]],
            ),
            ["left", "left", "left", "left", "right", "right", "left", "left"],
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
