import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { inputKeys, type Pack } from "@dti/pack-sdk";
import { buildTemplate } from "@dti/spreadsheets";
import type { CommandContext } from "../context";
import { CliError } from "../errors";
import { both, say } from "../i18n/catalogue";
import { loadPackRef } from "../packs";

export interface TemplateCommandOptions {
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

/** dti template: writes a pack's input template, the workbook (.xlsx) or the CSV of its inputs. */
export async function template(ctx: CommandContext, options: TemplateCommandOptions): Promise<void> {
  const format = /\.xlsx$/i.test(options.out) ? "xlsx" : /\.csv$/i.test(options.out) ? "csv" : undefined;
  if (!format) throw new CliError("USAGE", both("template.badOut", { out: options.out }));
  const { loaded } = await loadPackRef(options.pack, ctx.io, ctx.engine);
  const years = loaded.pack.meta.years;
  const period = options.period === undefined ? Math.max(...years) : Number(options.period);
  if (!Number.isInteger(period) || period < 1900 || period > 2200)
    throw new CliError("USAGE", both("template.badPeriod", { period: String(options.period) }));
  const code = options.unit ?? "UNIT";
  const unit = { code, name: options.name?.trim() || code };
  const bytes =
    format === "xlsx" ? await buildTemplate({ pack: loaded, unit, period }) : new TextEncoder().encode(templateCsv(loaded.pack, unit));
  const file = resolve(ctx.io.cwd, options.out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  const { id, version } = loaded.pack.meta;
  ctx.io.stdout(
    `${say(ctx.lang, "template.written", {
      id,
      version,
      period,
      out: options.out,
      inputs: loaded.pack.inputs.length,
      years: years.join(", "),
      outside: !years.includes(period),
    })}\n`,
  );
}
