import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { inputKeys, type Pack } from "@dti/pack-sdk";
import { buildTemplate } from "@dti/spreadsheets";
import type { CommandContext } from "../context";
import { CliError } from "../errors";
import { loadPackRef } from "../packs";

interface TemplateCommandOptions {
  pack: string;
  period?: string;
  out: string;
  unit?: string;
  name?: string;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The pack's inputs as a long-form CSV that `dti score --input` reads (code, name, input, value): one
 * row per input, keyed by its official address (3.3.a; the general-information code A6 for an input
 * the general sheet collects; the input id when it has neither), the value left empty to fill in.
 */
export function templateCsv(pack: Pack, unit: { code: string; name: string }): string {
  const addressOf = new Map<string, string>();
  for (const [key, { input }] of inputKeys(pack)) if (key !== input && !addressOf.has(input)) addressOf.set(input, key);
  const rows = pack.inputs.map((input) => [unit.code, unit.name, addressOf.get(input.id) ?? input.id, ""]);
  return [["code", "name", "input", "value"], ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

export function registerTemplate(program: Command, ctx: CommandContext): void {
  program
    .command("template")
    .description("write a pack's input template: the assessment workbook (.xlsx) or a CSV of its inputs by official address (.csv)")
    .requiredOption("--pack <pack>", "a found pack's id or package name, a pack directory or a bundle")
    .option("--period <year>", "the assessment year (default: the pack's last year)")
    .option("--unit <code>", "the unit's code written in the template", "UNIT")
    .option("--name <name>", "the unit's name written in the template (default: its code)")
    .requiredOption("--out <file>", "the file to write: .xlsx or .csv")
    .action(async (options: TemplateCommandOptions) => {
      const format = /\.xlsx$/i.test(options.out) ? "xlsx" : /\.csv$/i.test(options.out) ? "csv" : undefined;
      if (!format) throw new CliError("USAGE", `--out ${options.out}: give a .xlsx or .csv file`);
      const { loaded } = await loadPackRef(options.pack, ctx.io, ctx.engine);
      const years = loaded.pack.meta.years;
      const period = options.period === undefined ? Math.max(...years) : Number(options.period);
      if (!Number.isInteger(period) || period < 1900 || period > 2200)
        throw new CliError("USAGE", `--period ${options.period}: give a year, e.g. 2022`);
      const code = options.unit ?? "UNIT";
      const unit = { code, name: options.name?.trim() || code };
      const bytes =
        format === "xlsx" ? await buildTemplate({ pack: loaded, unit, period }) : new TextEncoder().encode(templateCsv(loaded.pack, unit));
      const file = resolve(ctx.io.cwd, options.out);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      const warning = years.includes(period) ? "" : ` (note: ${loaded.pack.meta.id} applies to ${years.join(", ")}, not ${period})`;
      ctx.io.stdout(
        `Đã ghi mẫu nhập liệu / wrote the input template of ${loaded.pack.meta.id} ${loaded.pack.meta.version} for ${period}: ${options.out} (${loaded.pack.inputs.length} inputs)${warning}\n`,
      );
    });
}
