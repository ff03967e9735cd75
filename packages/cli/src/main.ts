import { Command, CommanderError } from "commander";
import { createContext } from "./context";
import { registerAggregate } from "./commands/aggregate";
import { registerBackcast } from "./commands/backcast";
import { registerCompare } from "./commands/compare";
import { registerDemo } from "./commands/demo";
import { registerExplain } from "./commands/explain";
import { registerPack } from "./commands/pack";
import { registerPacks } from "./commands/packs";
import { registerScore } from "./commands/score";
import { registerSensitivity } from "./commands/sensitivity";
import { registerTemplate } from "./commands/template";
import { registerUnits } from "./commands/units";
import { registerVariant } from "./commands/variant";
import { toReported } from "./errors";
import { formatError } from "./format/issues";
import { langOf } from "./i18n";
import type { CliIo } from "./io";
import { CLI_VERSION } from "./version";

function buildProgram(ctx: ReturnType<typeof createContext>): Command {
  const program = new Command("dti")
    .description("Score Vietnam's provincial Digital Transformation Index (DTI) with indicator packs.")
    .version(CLI_VERSION, "-v, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text),
      // Usage errors are printed by main() as "error USAGE: …", like every other failure.
      outputError: () => {},
    });
  registerPacks(program, ctx);
  registerPack(program, ctx);
  registerScore(program, ctx);
  registerAggregate(program, ctx);
  registerExplain(program, ctx);
  registerCompare(program, ctx);
  registerVariant(program, ctx);
  registerSensitivity(program, ctx);
  registerUnits(program, ctx);
  registerTemplate(program, ctx);
  registerBackcast(program, ctx);
  registerDemo(program, ctx);
  return program;
}

/**
 * Runs the dti command with its arguments (without "node dti") and returns the exit code:
 * 0 success, 1 data or pack error, 2 usage error. Never calls process.exit, so tests call it
 * directly.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx = createContext(io, langOf(argv));
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      const message = error.message.replace(/^error:\s*/, "");
      io.stderr(formatError({ code: "USAGE", message, issues: [] }));
      if (error.code !== "commander.help" && error.code !== "commander.helpDisplayed")
        io.stderr("(run dti --help, or dti <command> --help, for usage)\n");
      return 2;
    }
    const reported = toReported(error);
    io.stderr(formatError(reported, ctx.lang));
    return reported.exitCode;
  }
}
