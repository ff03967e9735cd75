import type { Command } from "commander";
import type { ScoreResult } from "@dti/contracts";
import { compareResults, decompose, normaliseKeys, type DecompositionReport, type LoadedPack } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { readCompareInput, resultFromRows, sideData, type SideData } from "../compare-input";
import { CliError } from "../errors";
import { renderComparison, renderDecomposition } from "../format/compare";
import { shortHash } from "../format/pack";
import { parsePackAtYear, type PackAtYear } from "../options";
import { loadPackOrVariant, type VariantOf } from "../packs";
import { requestForVariant } from "../scoring";

interface CompareOptions {
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

const BASIS = { raw: "tính từ số liệu gốc", indices: "từ kết quả đã công bố hoặc đã tính" } as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerCompare(program: Command, ctx: CommandContext): void {
  program
    .command("compare")
    .description(
      "compare each unit's values and ranks between two years and/or two packs (framework revisions, what-if variants), with what cannot be compared",
    )
    .requiredOption(
      "--from <pack:year>",
      "the earlier side, e.g. dti-province-2022:2022 (the pack: id, directory, bundle or variant file)",
      parsePackAtYear,
    )
    .requiredOption("--to <pack:year>", "the later side, e.g. dti-province-2022:2023", parsePackAtYear)
    .requiredOption(
      "--input <file>",
      'results CSV (period,code,name,overall[,index columns]), raw datasets JSON ({ "datasets": [ { "period", "units" } ] }) or a raw file as for dti score; twice: --from\'s then --to\'s',
      collect,
      [],
    )
    .option("--decompose", "split each unit's change into method and progress (raw data for both years, both packs scoring raw inputs)")
    .option("--lenient", "score missing raw inputs 0 with a warning instead of refusing them")
    .option("--json", "print { comparison, from, to } as JSON on stdout (from and to: the two ScoreResults)")
    .action(async (options: CompareOptions) => {
      if (options.input.length > 2)
        throw new CliError(
          "USAGE",
          `--input is given ${options.input.length} times: give one file holding both years, or two (--from's, then --to's)`,
        );
      const mode = options.lenient ? ("lenient" as const) : ("strict" as const);
      const fromPack = await loadPackOrVariant(options.from.pack, ctx.io, ctx.engine);
      const toPack = await loadPackOrVariant(options.to.pack, ctx.io, ctx.engine);
      const packs = [fromPack.loaded.pack, toPack.loaded.pack];
      const inputs = options.input.map((file) => readCompareInput(ctx.io.cwd, file, packs));
      const only = inputs.length === 1 ? inputs[0]! : undefined;
      if (only?.kind === "results" && !only.table.has.period && options.from.year !== options.to.year)
        throw new CliError(
          "PERIOD_NOT_FOUND",
          `${only.file} has no period column, so it cannot hold both ${options.from.year} and ${options.to.year}: add a "period" column, or give one file per year`,
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
          throw new CliError(
            "RAW_DATA_REQUIRED",
            `--decompose re-scores the earlier year's raw inputs under the later pack: give raw data for both years (the ${from.data.kind !== "raw" ? "--from" : "--to"} side is a table of results)`,
          );
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
        `${s.loaded.ref.id} ${s.loaded.ref.version} (${shortHash(s.loaded.ref.hash)}), năm ${s.at.year}, ${BASIS[s.result.basis]}${s.result.basis === "raw" ? `, chế độ ${s.result.mode}` : ""}`;
      const heading = [`So sánh kết quả DTI / Comparison: ${describe(from)} → ${describe(to)}`];
      for (const s of [from, to])
        if (s.variantOf)
          heading.push(
            `${s.loaded.ref.id}: phương án giả định "${s.variantOf.variant.title.vi}" trên ${s.variantOf.base.ref.id} (${s.variantOf.file})`,
          );
      const warnings = [
        ...from.result.warnings.map((w) => ({ ...w, side: label(from) })),
        ...to.result.warnings.map((w) => ({ ...w, side: label(to) })),
      ];
      const warningText =
        warnings.length > 0
          ? `\nCảnh báo (${warnings.length}):\n${warnings
              .slice(0, 30)
              .map((w) => `  [${w.side}] ${w.code}${w.unit && !w.message.includes(w.unit) ? ` unit ${w.unit}` : ""}: ${w.message}`)
              .join("\n")}${warnings.length > 30 ? `\n  … ${warnings.length - 30} more (--json lists every warning)` : ""}\n`
          : "";
      ctx.io.stdout(
        `${heading.join("\n")}\n${renderComparison(comparison, {
          from: label(from),
          to: label(to),
          fromPack: from.loaded.ref.id,
          toPack: to.loaded.ref.id,
          indices: to.loaded.pack.indices.filter((x) => x.group !== "unscored").map((x) => x.code),
        })}${split ? renderDecomposition(split, { from: label(from), to: label(to) }) : ""}${warningText}`,
      );
    });
}
