import type { ScoreResult } from "@dti/contracts";
import type { LoadedPack } from "@dti/engine";
import type { CommandContext } from "./context";
import { CliError } from "./errors";
import { packNamedIn, readInputFile } from "./io/input-file";
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
