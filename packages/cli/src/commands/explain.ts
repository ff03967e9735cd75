import { writeJson, type CommandContext } from "../context";
import { explainUnit } from "../explain";
import { renderExplanation } from "../format/explain";
import { scoreFile } from "../scoring";

export interface ExplainOptions {
  pack?: string;
  input: string;
  unit: string;
  indicator?: string;
  json?: boolean;
  period?: number;
  lenient?: boolean;
  top?: number;
}

/** dti explain: one unit's points, indicator by indicator, in the language of the run. */
export async function explain(ctx: CommandContext, options: ExplainOptions): Promise<void> {
  const { result, loaded } = await scoreFile(ctx, { ...options, explain: true });
  const explained = explainUnit(result, loaded, options.unit, {
    ...(options.indicator !== undefined ? { indicator: options.indicator } : {}),
    ...(options.top !== undefined ? { top: options.top } : {}),
  });
  if (options.json) writeJson(ctx, explained);
  else ctx.io.stdout(renderExplanation(explained, ctx.lang, { single: options.indicator !== undefined }));
}
