import { Option, type Command } from "commander";
import type { CommandContext } from "../context";
import { optionParsers } from "../options";
import { lazy } from "./lazy";

/** units, template and backcast: declared here, run by their modules in commands/. */
export function declareDataCommands(program: Command, ctx: CommandContext, h: (key: string) => string): void {
  const parse = optionParsers(ctx.lang);

  program
    .command("units")
    .description(h("units"))
    .option("--at <date>", h("units --at"), parse.date)
    .option("--region <name>", h("units --region"))
    .option("--json", h("units --json"))
    .action(lazy(ctx, () => import("../commands/units").then((m) => m.units), { engine: false }));

  program
    .command("template")
    .description(h("template"))
    .requiredOption("--pack <pack>", h("template --pack"))
    .option("--period <year>", h("template --period"))
    .option("--unit <code>", h("template --unit"), "UNIT")
    .option("--name <name>", h("template --name"))
    .requiredOption("--out <file>", h("template --out"))
    .action(lazy(ctx, () => import("../commands/template").then((m) => m.template)));

  program
    .command("backcast")
    .description(h("backcast"))
    .requiredOption("--pack <pack>", h("backcast --pack"))
    .requiredOption("--results <file>", h("backcast --results"))
    .requiredOption("--to <date>", h("backcast --to"), parse.date)
    .addOption(new Option("--rule <rule>", h("backcast --rule")).choices(["mean", "weighted"]).default("mean"))
    .option("--partial", h("backcast --partial"))
    .option("--json", h("backcast --json"))
    .action(lazy(ctx, () => import("../commands/backcast").then((m) => m.backcast)));
}
