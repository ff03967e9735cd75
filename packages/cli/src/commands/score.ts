import { writeJson, type CommandContext } from "../context";
import { renderScoreResult } from "../format/score";
import { scoreFile } from "../scoring";

export interface ScoreOptions {
  pack?: string;
  input: string;
  lenient?: boolean;
  json?: boolean;
  period?: number;
  explain?: boolean;
  indicators?: boolean;
}

/** dti score: scores an input file and prints the ranking (or the ScoreResult JSON). */
export async function score(ctx: CommandContext, options: ScoreOptions): Promise<void> {
  const { result, loaded } = await scoreFile(ctx, { ...options, explain: Boolean(options.explain && options.json) });
  if (options.json) writeJson(ctx, result);
  else ctx.io.stdout(renderScoreResult(result, loaded, { indicators: options.indicators ?? false, lang: ctx.lang }));
}
