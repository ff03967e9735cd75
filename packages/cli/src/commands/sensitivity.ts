import { rankSensitivity, type SensitivityResult } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { formatNumber, formatValue } from "../format/number";
import { renderTable } from "../format/table";
import { say } from "../i18n/catalogue";
import type { Lang } from "../i18n/lang";
import { packNamedIn, readInputFile } from "../io/input-file";
import { scoreRequestFrom } from "../io/score-input";
import { loadPackRef } from "../packs";
import { packForPeriod } from "../scoring";

export interface SensitivityOptions {
  pack?: string;
  input: string;
  period?: number;
  runs: number;
  seed: number;
  lenient?: boolean;
  json?: boolean;
}

const KIND = {
  weight: "sensitivity.kind.weight",
  threshold: "sensitivity.kind.threshold",
  normalisation: "sensitivity.kind.normalisation",
} as const;

/** Rank bands as a table, then the alternatives by influence, in a language. */
export function renderSensitivity(result: SensitivityResult, lang: Lang = "vi"): string {
  const comma = (x: number) => formatNumber(x, lang, 2);
  const value = (x: number | string) => (typeof x === "number" ? formatNumber(x, lang, 4) : x);
  const note = (t: { vi: string; en?: string }) => (lang === "en" ? (t.en ?? t.vi) : t.vi);
  const lines = [
    say(lang, "sensitivity.heading", {
      id: result.pack.id,
      version: result.pack.version,
      period: result.period,
      runs: result.runs,
      seed: result.seed,
      mode: result.mode,
    }),
    note(result.note),
    renderTable(
      [
        say(lang, "table.code"),
        say(lang, "table.name"),
        "DTI",
        say(lang, "sensitivity.col.official"),
        say(lang, "sensitivity.col.band"),
        say(lang, "sensitivity.col.median"),
        say(lang, "sensitivity.col.range"),
        say(lang, "sensitivity.col.same"),
      ],
      result.units.map((u) => [
        u.code,
        u.name ?? "",
        formatValue(u.official.overall, lang),
        u.official.rank,
        u.band.p5 === u.band.p95 ? String(u.band.p5) : `${u.band.p5}–${u.band.p95}`,
        u.band.median,
        u.band.min === u.band.max ? String(u.band.min) : `${u.band.min}–${u.band.max}`,
        `${comma(u.sameRank * 100)} %`,
      ]),
      ["left", "left", "right", "right", "right", "right", "right", "right"],
    ),
    say(lang, "sensitivity.legend.band"),
    "",
    say(lang, "sensitivity.alternatives"),
    renderTable(
      [
        say(lang, "sensitivity.col.alternative"),
        say(lang, "sensitivity.col.appliesTo"),
        say(lang, "sensitivity.col.kind"),
        say(lang, "sensitivity.col.change"),
        say(lang, "sensitivity.col.meanMove"),
        say(lang, "sensitivity.col.maxMove"),
      ],
      result.alternatives.map((a) => [
        a.id,
        a.indicator ?? a.index ?? "",
        say(lang, KIND[a.kind]),
        `${value(a.official)} → ${a.options.map(value).join("; ")}`,
        comma(a.influence.meanAbsRankChange),
        a.influence.maxAbsRankChange,
      ]),
      ["left", "left", "left", "left", "right", "right"],
    ),
    say(lang, "sensitivity.legend.move"),
    ...result.alternatives.map((a) => `  - ${a.id}: ${note(a.note)}${a.source ? ` (${a.source})` : ""}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** dti sensitivity: how stable each unit's rank is under the alternatives the pack declares. */
export async function sensitivity(ctx: CommandContext, options: SensitivityOptions): Promise<void> {
  const input = readInputFile(ctx.io.cwd, options.input);
  const reference = options.pack ?? packNamedIn(input);
  const period = options.period ?? (input.kind === "json" ? (input.data as { period?: number } | null)?.period : undefined);
  const loaded =
    reference !== undefined
      ? (await loadPackRef(reference, ctx.io, ctx.engine)).loaded
      : await packForPeriod(ctx, period, input.kind === "json" ? options.input : undefined);
  const { pack: _named, ...request } = scoreRequestFrom(input, loaded.pack, options.period);
  const result = rankSensitivity(ctx.engine, loaded, request, {
    runs: options.runs,
    seed: options.seed,
    mode: options.lenient ? "lenient" : "strict",
  });
  if (options.json) writeJson(ctx, result);
  else ctx.io.stdout(renderSensitivity(result, ctx.lang));
}
