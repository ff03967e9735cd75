import type { Command } from "commander";
import type { CommandContext } from "../context";
import { optionParsers } from "../options";
import { lazy } from "./lazy";

/** dti packs, and dti pack validate | build | docs | diff | new | release | test: declared here, run by their modules in commands/. */
export function declarePackCommands(program: Command, ctx: CommandContext, h: (key: string) => string): void {
  const parse = optionParsers(ctx.lang);
  program
    .command("packs")
    .description(h("packs"))
    .option("--json", h("packs --json"))
    .action(lazy(ctx, () => import("../commands/packs").then((m) => m.packs)));

  const pack = program.command("pack").description(h("pack"));

  pack
    .command("validate")
    .description(h("pack validate"))
    .argument("<pack>", h("pack validate <pack>"))
    .option("--json", h("pack validate --json"))
    .action(lazy(ctx, () => import("../commands/pack-validate").then((m) => m.packValidate)));

  pack
    .command("build")
    .description(h("pack build"))
    .argument("<pack>", h("pack build <pack>"))
    .requiredOption("--out <file.json>", h("pack build --out"))
    .action(lazy(ctx, () => import("../commands/pack-build").then((m) => m.packBuild)));

  pack
    .command("docs")
    .description(h("pack docs"))
    .argument("<pack>", h("pack docs <pack>"))
    .option("--out <file.md>", h("pack docs --out"))
    .action(lazy(ctx, () => import("../commands/pack-docs").then((m) => m.packDocs)));

  pack
    .command("diff")
    .description(h("pack diff"))
    .argument("<pack-a>", h("pack diff <pack-a>"))
    .argument("<pack-b>", h("pack diff <pack-b>"))
    .option("--json", h("pack diff --json"))
    .option("--crosswalk-draft [format]", h("pack diff --crosswalk-draft"), parse.draftFormat)
    .action(lazy(ctx, () => import("../commands/pack-diff").then((m) => m.packDiff)));

  pack
    .command("new")
    .description(h("pack new"))
    .argument("<id>", h("pack new <id>"))
    .option("--dir <dir>", h("pack new --dir"), "indicator-packs")
    .option("--title <title>", h("pack new --title"))
    .option("--from <pack>", h("pack new --from"))
    .option("--years <years>", h("pack new --years"))
    .action(lazy(ctx, () => import("../commands/pack-new").then((m) => m.packNew)));

  pack
    .command("release")
    .description(h("pack release"))
    .argument("<pack>", h("pack release <pack>"))
    .action(lazy(ctx, () => import("../commands/pack-release").then((m) => m.packRelease)));

  pack
    .command("test")
    .description(h("pack test"))
    .argument("<pack>", h("pack test <pack>"))
    .option("--json", h("pack test --json"))
    .action(lazy(ctx, () => import("../commands/pack-test").then((m) => m.packTest)));
}
