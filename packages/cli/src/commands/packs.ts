import { writeJson, type CommandContext } from "../context";
import { formatError } from "../format/issues";
import { formatPoints } from "../format/number";
import { packFacts, shortHash } from "../format/pack";
import { renderTable } from "../format/table";
import { both, say } from "../i18n/catalogue";
import type { InstalledPackSource } from "../installed-packs";
import { packsOf } from "../packs";
import { toReported } from "../report";

interface Origin {
  /** package dependency | indicator-packs directory | DTI_PACKS_PATH | bundle (the compiled command's prebuilt copy of a dependency) */
  origin: "dependency" | "indicator-packs" | "DTI_PACKS_PATH" | "bundle";
  dir: string;
}

type Listed =
  | ({ status: "ok"; packageName: string } & Origin & ReturnType<typeof packFacts>)
  | ({ status: "error"; id: string; packageName: string; version: string; error: { code: string; message: string } } & Origin);

function originOf(installed: InstalledPackSource): Origin {
  return { origin: installed.from === "bundle" ? "bundle" : installed.origin, dir: installed.dir };
}

/** dti packs: every pack found, loaded to say its facts; a pack that does not load is listed with its error (exit 1). */
export async function packs(ctx: CommandContext, options: { json?: boolean }): Promise<void> {
  const lang = ctx.lang;
  const listed: Listed[] = [];
  for (const installed of packsOf(ctx.io)) {
    try {
      const loaded = ctx.engine.load(await installed.content());
      listed.push({ status: "ok", packageName: installed.packageName, ...originOf(installed), ...packFacts(loaded) });
    } catch (error) {
      const reported = toReported(error);
      // The message in the language of the run, in JSON as on the screen.
      const message = reported.localized?.[lang] ?? reported.message;
      listed.push({
        status: "error",
        id: installed.id,
        packageName: installed.packageName,
        version: installed.version,
        ...originOf(installed),
        error: { code: reported.code, message },
      });
    }
  }
  if (options.json) writeJson(ctx, { packs: listed });
  else if (listed.length === 0) ctx.io.stdout(`${say(lang, "packs.none")}\n`);
  else {
    const head = [
      say(lang, "packs.col.pack"),
      say(lang, "packs.col.version"),
      say(lang, "packs.col.hash"),
      say(lang, "packs.col.years"),
      say(lang, "packs.col.indicators"),
      say(lang, "packs.col.points"),
      say(lang, "packs.col.coverage"),
      say(lang, "packs.col.from"),
    ];
    const from = (p: Listed) => say(lang, `packs.origin.${p.origin}` as const);
    const rows = listed.map((p) =>
      p.status === "ok"
        ? [
            p.id,
            p.version,
            shortHash(p.hash),
            p.years.join(", "),
            String(p.indicators),
            p.totalPoints === null ? "?" : formatPoints(p.totalPoints, lang),
            p.coverage,
            from(p),
          ]
        : [p.id, p.version, "—", "—", "—", "—", say(lang, "packs.error", { code: p.error.code }), from(p)],
    );
    ctx.io.stdout(renderTable(head, rows, ["left", "left", "left", "left", "right", "right", "left", "left"]) + "\n");
  }
  for (const p of listed)
    if (p.status === "error") {
      const message = both("packs.cannotLoad", { id: p.id, packageName: p.packageName, message: p.error.message });
      ctx.io.stderr(formatError({ code: p.error.code, message: message.en, localized: message, issues: [] }, lang));
      ctx.exitCode = 1;
    }
}
