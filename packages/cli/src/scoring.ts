import type { ScoreRequest, ScoreResult } from "@dti/contracts";
import type { LoadedPack } from "@dti/engine";
import type { Pack } from "@dti/pack-sdk";
import type { CommandContext } from "./context";
import { CliError } from "./errors";
import { packNamedIn, readInputFile } from "./io/input-file";
import { inputKeys } from "./io/input-keys";
import { scoreRequestFrom } from "./io/score-input";
import { loadPackRef } from "./packs";

export interface ScoreFileOptions {
  pack?: string;
  input: string;
  period?: number;
  lenient?: boolean;
  explain?: boolean;
}

/** Reads an input file (JSON or CSV), loads the pack it needs and scores it. */
export async function scoreFile(ctx: CommandContext, options: ScoreFileOptions): Promise<{ result: ScoreResult; loaded: LoadedPack }> {
  const input = readInputFile(ctx.io.cwd, options.input);
  const reference = options.pack ?? packNamedIn(input);
  if (reference === undefined)
    throw new CliError("PACK_REQUIRED", `no pack given: use --pack <id>${input.kind === "json" ? ` or add "pack": "<id>" to ${options.input}` : ""} (\`dti packs\` lists the installed packs)`);
  const { loaded } = await loadPackRef(reference, ctx.io, ctx.engine);
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
    units: request.units.map((unit) => ({ ...unit, inputs: Object.fromEntries(Object.entries(unit.inputs).filter(([key]) => !dropped(key))) })),
  };
}
