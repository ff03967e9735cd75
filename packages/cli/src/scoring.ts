import type { ScoreRequest, ScoreResult } from "@dti/contracts";
import type { LoadedPack } from "@dti/engine";
import type { Pack } from "@dti/pack-sdk";
import type { CommandContext } from "./context";
import { CliError } from "./errors";
import { both, say } from "./i18n/catalogue";
import { packNamedIn, readInputFile, type InputFile } from "./io/input-file";
import { inputKeys } from "./io/input-keys";
import { scoreRequestFrom } from "./io/score-input";
import { choosePackForYear, loadPackRef } from "./packs";

export interface ScoreFileOptions {
  pack?: string;
  input: string;
  period?: number;
  lenient?: boolean;
  explain?: boolean;
}

/** The "period" of a JSON input, if it has one. */
function periodIn(input: InputFile): number | undefined {
  if (input.kind !== "json") return undefined;
  const period = (input.data as { period?: unknown } | null)?.period;
  return typeof period === "number" && Number.isInteger(period) ? period : undefined;
}

/**
 * With no pack named, the installed pack for the period (the only one whose years include it), said
 * on stderr; with no period either, PACK_REQUIRED.
 */
export async function packForPeriod(ctx: CommandContext, period: number | undefined, jsonFile?: string): Promise<LoadedPack> {
  if (period === undefined) throw new CliError("PACK_REQUIRED", both("pack.required", { file: jsonFile ?? "" }));
  const loaded = await choosePackForYear(ctx.io, ctx.engine, period);
  ctx.io.stderr(`${say(ctx.lang, "score.packForYear", { id: loaded.ref.id, version: loaded.ref.version, period })}\n`);
  return loaded;
}

/** Reads an input file (JSON or CSV), loads the pack it needs and scores it. */
export async function scoreFile(ctx: CommandContext, options: ScoreFileOptions): Promise<{ result: ScoreResult; loaded: LoadedPack }> {
  const input = readInputFile(ctx.io.cwd, options.input);
  const reference = options.pack ?? packNamedIn(input);
  const loaded =
    reference !== undefined
      ? (await loadPackRef(reference, ctx.io, ctx.engine)).loaded
      : await packForPeriod(ctx, options.period ?? periodIn(input), input.kind === "json" ? options.input : undefined);
  const request = scoreRequestFrom(input, loaded.pack, options.period);
  const result = ctx.engine.score(loaded, request, { mode: options.lenient ? "lenient" : "strict", explain: options.explain ?? false });
  return { result, loaded };
}

/**
 * The request as a what-if variant can score it: inputs its base pack knows but the variant no longer
 * reads (a removed indicator's) are left out, so that official data scores under the variant in strict
 * mode too; anything else unknown is still reported. The "pack" field names the official pack, so it goes.
 */
export function requestForVariant(request: ScoreRequest, variant: Pack, base: Pack): ScoreRequest {
  const keys = inputKeys(variant);
  const baseKeys = inputKeys(base);
  const dropped = (key: string) => !keys.has(key) && baseKeys.has(key);
  return {
    period: request.period,
    units: request.units.map((unit) => ({
      ...unit,
      inputs: Object.fromEntries(Object.entries(unit.inputs).filter(([key]) => !dropped(key))),
    })),
  };
}
