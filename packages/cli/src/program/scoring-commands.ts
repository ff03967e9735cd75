import { Option, type Command } from "commander";
import type { CommandContext } from "../context";
import { optionParsers } from "../options";
import { lazy } from "./lazy";

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** score, aggregate, explain, compare, variant, sensitivity and demo: declared here, run by their modules in commands/. */
export function declareScoringCommands(program: Command, ctx: CommandContext, h: (key: string) => string): void {
  const parse = optionParsers(ctx.lang);

  program
    .command("score")
    .description(h("score"))
    .option("--pack <pack>", h("score --pack"))
    .requiredOption("--input <file>", h("score --input"))
    .option("--period <year>", h("score --period"), parse.period)
    .option("--lenient", h("score --lenient"))
    .option("--json", h("score --json"))
    .option("--explain", h("score --explain"))
    .option("--indicators", h("score --indicators"))
    .action(lazy(ctx, () => import("../commands/score").then((m) => m.score)));

  program
    .command("aggregate")
    .description(h("aggregate"))
    .option("--pack <pack>", h("aggregate --pack"))
    .requiredOption("--index-values <file.csv>", h("aggregate --index-values"))
    .option("--period <year>", h("aggregate --period"), parse.period)
    .option("--json", h("aggregate --json"))
    .action(lazy(ctx, () => import("../commands/aggregate").then((m) => m.aggregate)));

  program
    .command("explain")
    .description(h("explain"))
    .option("--pack <pack>", h("explain --pack"))
    .requiredOption("--input <file>", h("explain --input"))
    .requiredOption("--unit <code>", h("explain --unit"))
    .option("--indicator <code>", h("explain --indicator"))
    .option("--top <n>", h("explain --top"), parse.count)
    .option("--period <year>", h("explain --period"), parse.period)
    .option("--lenient", h("explain --lenient"))
    .option("--json", h("explain --json"))
    .action(lazy(ctx, () => import("../commands/explain").then((m) => m.explain)));

  program
    .command("compare")
    .description(h("compare"))
    .requiredOption("--from <pack:year>", h("compare --from"), parse.packAtYear)
    .requiredOption("--to <pack:year>", h("compare --to"), parse.packAtYear)
    .requiredOption("--input <file>", h("compare --input"), collect, [])
    .option("--decompose", h("compare --decompose"))
    .option("--lenient", h("compare --lenient"))
    .option("--json", h("compare --json"))
    .action(lazy(ctx, () => import("../commands/compare").then((m) => m.compare)));

  program
    .command("variant")
    .description(h("variant"))
    .option("--pack <pack>", h("variant --pack"))
    .requiredOption("--variant <overlay.json>", h("variant --variant"))
    .requiredOption("--input <file>", h("variant --input"))
    .option("--period <year>", h("variant --period"), parse.period)
    .option("--lenient", h("variant --lenient"))
    .option("--json", h("variant --json"))
    .action(lazy(ctx, () => import("../commands/variant").then((m) => m.variant)));

  program
    .command("sensitivity")
    .description(h("sensitivity"))
    .option("--pack <pack>", h("sensitivity --pack"))
    .requiredOption("--input <file>", h("sensitivity --input"))
    .option("--period <year>", h("sensitivity --period"), parse.period)
    .option("--runs <n>", h("sensitivity --runs"), parse.count, 1000)
    .option("--seed <n>", h("sensitivity --seed"), parse.seed, 1)
    .option("--lenient", h("sensitivity --lenient"))
    .option("--json", h("sensitivity --json"))
    .action(lazy(ctx, () => import("../commands/sensitivity").then((m) => m.sensitivity)));

  program
    .command("demo")
    .description(h("demo"))
    .addOption(new Option("--top <n>", h("demo --top")).argParser(parse.count).default(5))
    .action(lazy(ctx, () => import("../commands/demo").then((m) => m.demo)));
}
