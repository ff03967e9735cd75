import { CommanderError } from "commander";
import { createContext } from "./context";
import { say } from "./i18n/catalogue";
import { usageMessage } from "./i18n/commander";
import { langOf, langOfEnv } from "./i18n/lang";
import type { CliIo } from "./io";
import { buildProgram } from "./program/build";

/**
 * Runs the dti command with its arguments (without "node dti") and returns the exit code:
 * 0 success, 1 data or pack error, 2 usage error. Never calls process.exit, so tests call it
 * directly. Everything it prints is in the language of the run (`--lang`, DTI_LANG, else Vietnamese).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const lang = langOf(argv, env);
  const usage = (message: string, hint = true) => {
    io.stderr(`error USAGE: ${message}\n${hint ? `${say(lang, "usage.hint")}\n` : ""}`);
    return 2;
  };
  if (env.DTI_LANG !== undefined && env.DTI_LANG.trim() !== "" && langOfEnv(env.DTI_LANG) === undefined)
    return usage(say(lang, "option.envLang", { value: env.DTI_LANG }), false);
  const ctx = createContext(io, lang);
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      // `dti` alone (or `dti pack`): commander has printed the help on stderr.
      if (error.code === "commander.help") return usage(say(lang, "usage.noCommand"), false);
      return usage(usageMessage(error.code, error.message, lang));
    }
    // Only a failure loads the wording of engine and units errors.
    const [{ toReported }, { formatError }] = await Promise.all([import("./report"), import("./format/issues")]);
    const reported = toReported(error);
    io.stderr(formatError(reported, lang));
    return reported.exitCode;
  }
}
