import type { ScoreResult } from "@dti/contracts";
import { compareResults, decompose, normaliseKeys, type DecompositionReport, type LoadedPack } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { readCompareInput, resultFromRows, sideData, type SideData } from "../compare-input";
import { CliError } from "../errors";
import { renderComparison, renderDecomposition } from "../format/compare";
import { inLang } from "../format/localized";
import { shortHash } from "../format/pack";
import { both, say } from "../i18n/catalogue";
import { warningText } from "../i18n/engine-text";
import type { PackAtYear } from "../options";
import { loadPackOrVariant, type VariantOf } from "../packs";
import { requestForVariant } from "../scoring";

export interface CompareOptions {
  from: PackAtYear;
  to: PackAtYear;
  input: string[];
  json?: boolean;
  decompose?: boolean;
  lenient?: boolean;
}

interface Side {
  at: PackAtYear;
  loaded: LoadedPack;
  variantOf?: VariantOf;
  data: SideData;
  result: ScoreResult;
}

const BASIS = { raw: "compare.basis.raw", indices: "compare.basis.indices" } as const;

/** dti compare: each unit's values and ranks under two years and/or two packs, with what cannot be compared. */
export async function compare(ctx: CommandContext, options: CompareOptions): Promise<void> {
  const lang = ctx.lang;
  if (options.input.length > 2) throw new CliError("USAGE", both("compare.inputTooMany", { count: options.input.length }));
  const mode = options.lenient ? ("lenient" as const) : ("strict" as const);
  const fromPack = await loadPackOrVariant(options.from.pack, ctx.io, ctx.engine);
  const toPack = await loadPackOrVariant(options.to.pack, ctx.io, ctx.engine);
  const packs = [fromPack.loaded.pack, toPack.loaded.pack];
  const inputs = options.input.map((file) => readCompareInput(ctx.io.cwd, file, packs));
  const only = inputs.length === 1 ? inputs[0]! : undefined;
  if (only?.kind === "results" && !only.table.has.period && options.from.year !== options.to.year)
    throw new CliError(
      "PERIOD_NOT_FOUND",
      both("compare.noPeriodColumn", { file: only.file, from: options.from.year, to: options.to.year }),
    );
  const side = (at: PackAtYear, pack: typeof fromPack, k: 0 | 1): Side => {
    const data = sideData(inputs[Math.min(k, inputs.length - 1)]!, at.year, pack.loaded.pack, k === 0 ? "--from" : "--to");
    let result: ScoreResult;
    if (data.kind === "results") result = resultFromRows(ctx.engine, pack.loaded, data, at.year);
    else {
      // A variant's official data may key an input by an address of an indicator the variant removed:
      // keys become input ids (under the base pack) before the variant leaves out what it no longer reads.
      const request = pack.variantOf
        ? requestForVariant(normaliseKeys(pack.variantOf.base.pack, data.request), pack.loaded.pack, pack.variantOf.base.pack)
        : data.request;
      result = ctx.engine.score(pack.loaded, request, { mode, explain: false });
    }
    return { at, loaded: pack.loaded, ...(pack.variantOf ? { variantOf: pack.variantOf } : {}), data, result };
  };
  const from = side(options.from, fromPack, 0);
  const to = side(options.to, toPack, 1);
  const comparison = compareResults({ result: from.result, pack: from.loaded.pack }, { result: to.result, pack: to.loaded.pack });

  let split: DecompositionReport | undefined;
  if (options.decompose) {
    if (from.data.kind !== "raw" || to.data.kind !== "raw")
      throw new CliError("RAW_DATA_REQUIRED", both("compare.rawRequired", { side: from.data.kind !== "raw" ? "--from" : "--to" }));
    const toRequest = to.variantOf
      ? requestForVariant(normaliseKeys(to.variantOf.base.pack, to.data.request), to.loaded.pack, to.variantOf.base.pack)
      : to.data.request;
    split = decompose(ctx.engine, { pack: from.loaded, data: from.data.request }, { pack: to.loaded, data: toRequest }, { mode });
    for (const unit of comparison.units) {
      const d = split.byUnit.get(unit.code);
      if (d) unit.decomposition = d;
    }
  }

  if (options.json) {
    writeJson(ctx, {
      comparison,
      ...(split ? { decomposition: { comparability: split.comparability, warnings: split.warnings } } : {}),
      from: from.result,
      to: to.result,
    });
    return;
  }
  const sameYear = from.at.year === to.at.year;
  const label = (s: Side) => (sameYear ? s.loaded.ref.id : String(s.at.year));
  const describe = (s: Side) =>
    say(lang, "compare.side", {
      id: s.loaded.ref.id,
      version: s.loaded.ref.version,
      hash: shortHash(s.loaded.ref.hash),
      year: s.at.year,
      basis: say(lang, BASIS[s.result.basis]),
      mode: s.result.basis === "raw" ? s.result.mode : "",
    });
  const heading = [say(lang, "compare.heading", { from: describe(from), to: describe(to) })];
  for (const s of [from, to])
    if (s.variantOf)
      heading.push(
        say(lang, "compare.variantSide", {
          id: s.loaded.ref.id,
          title: inLang(s.variantOf.variant.title, lang),
          base: s.variantOf.base.ref.id,
          file: s.variantOf.file,
        }),
      );
  const warnings = [
    ...from.result.warnings.map((w) => ({ ...w, side: label(from) })),
    ...to.result.warnings.map((w) => ({ ...w, side: label(to) })),
  ];
  const warningLines =
    warnings.length > 0
      ? `\n${say(lang, "warnings.title", { count: warnings.length })}\n${warnings
          .slice(0, 30)
          .map((w) => {
            const message = warningText(w, lang);
            return `  [${w.side}] ${w.code}${w.unit && !message.includes(w.unit) ? ` ${say(lang, "issue.unit", { code: w.unit })}` : ""}: ${message}`;
          })
          .join("\n")}${warnings.length > 30 ? `\n${say(lang, "warnings.more", { count: warnings.length - 30 })}` : ""}\n`
      : "";
  ctx.io.stdout(
    `${heading.join("\n")}\n${renderComparison(comparison, {
      from: label(from),
      to: label(to),
      fromPack: from.loaded.ref.id,
      toPack: to.loaded.ref.id,
      indices: to.loaded.pack.indices.filter((x) => x.group !== "unscored").map((x) => x.code),
      lang,
    })}${split ? renderDecomposition(split, { from: label(from), to: label(to), lang }) : ""}${warningLines}`,
  );
}
