import { createEngine, type Engine } from "@dti/engine";
import type { Lang } from "./i18n";
import type { CliIo } from "./io";

/** What every command gets: where to write, and one engine for the whole run. */
export interface CommandContext {
  io: CliIo;
  engine: Engine;
  /** Set by a command that finished with a result but must still fail (e.g. an invalid pack). */
  exitCode: number;
  /** The language of messages (`--lang vi|en`, Vietnamese by default). */
  lang: Lang;
}

export function createContext(io: CliIo, lang: Lang = "vi"): CommandContext {
  return { io, engine: createEngine(), exitCode: 0, lang };
}

/** Writes a value as pretty JSON, alone on stdout. */
export function writeJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
