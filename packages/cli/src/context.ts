import type { Engine } from "@dti/engine";
import type { Lang } from "./i18n/lang";
import type { CliIo } from "./io";

/** What every command gets: where to write, the language of the run, and one engine for the whole run. */
export interface CommandContext {
  io: CliIo;
  /**
   * The engine, created when a command that needs it is loaded (program/lazy.ts): `dti --version`,
   * `dti --help` and `dti units` never load it.
   */
  engine: Engine;
  /** Set by a command that finished with a result but must still fail (e.g. an invalid pack). */
  exitCode: number;
  /** The language of messages and human-readable output (`--lang vi|en`, DTI_LANG, Vietnamese by default). */
  lang: Lang;
}

export function createContext(io: CliIo, lang: Lang = "vi"): CommandContext {
  let engine: Engine | undefined;
  return {
    io,
    lang,
    exitCode: 0,
    get engine(): Engine {
      if (!engine) throw new Error("the engine was not loaded for this command (it is declared with { engine: false } in src/program/)");
      return engine;
    },
    set engine(value: Engine) {
      engine = value;
    },
  };
}

/** Writes a value as pretty JSON, alone on stdout. */
export function writeJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
