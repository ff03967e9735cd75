import { Command } from "commander";
import type { CommandContext } from "../context";
import { helpConfiguration } from "../i18n/commander";
import { helpIn } from "../i18n/help";
import { optionParsers } from "../options";
import { CLI_VERSION } from "../version";
import { declareDataCommands } from "./data-commands";
import { declarePackCommands } from "./pack-commands";
import { declareScoringCommands } from "./scoring-commands";

/**
 * The dti program: every command with its options and help, in the language of the run. Declaring
 * them loads nothing but commander: each command's work is imported when it runs (lazy.ts).
 */
export function buildProgram(ctx: CommandContext): Command {
  const h = helpIn(ctx.lang);
  const program = new Command("dti")
    .description(h("dti"))
    .version(CLI_VERSION, "-v, --version", h("dti --version"))
    .helpOption("-h, --help", h("dti --help"))
    .helpCommand("help [command]", h("dti help"))
    .option("--lang <lang>", h("dti --lang"), optionParsers(ctx.lang).lang)
    .configureHelp(helpConfiguration(ctx.lang))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text),
      // Usage errors are printed by main() as "error USAGE: …", like every other failure.
      outputError: () => {},
    });
  declarePackCommands(program, ctx, h);
  declareScoringCommands(program, ctx, h);
  declareDataCommands(program, ctx, h);
  return program;
}
