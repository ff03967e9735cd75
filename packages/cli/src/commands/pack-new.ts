import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { discoverInstalledPacks } from "@dti/engine/node";
import type { CommandContext } from "../context";
import { CliError } from "../errors";
import { both, say } from "../i18n/catalogue";
import { hostDirOf } from "../packs";
import { copyPackAsRevision } from "./pack-new-from";

/** The pack every new pack starts from: complete, commented, always green. */
export const TEMPLATE_ID = "example-pack";
const TEMPLATE_TITLE = "Bộ chỉ số mẫu (ví dụ cho người viết bộ chỉ số)";
/** Never copied: installed dependencies and build or test output. */
/** Not copied: build output, and the template's release record (a new pack has released nothing). */
const SKIPPED = new Set(["node_modules", ".turbo", ".test-results", "pack-versions.json"]);
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface PackNewOptions {
  dir: string;
  title?: string;
  from?: string;
  years?: string;
}

function parseYears(text: string): number[] {
  const years = text.split(",").map((y) => y.trim());
  if (years.some((y) => !/^\d{4}$/.test(y))) throw new CliError("USAGE", both("packNew.badYears", { text }));
  return years.map(Number);
}

/** The directory of the installed example pack (the workspace copy, through pnpm's link). */
export function templateDir(hostDir: string): string {
  const installed = discoverInstalledPacks(hostDir).find((p) => p.id === TEMPLATE_ID);
  if (!installed) throw new CliError("PACK_NOT_FOUND", both("pack.templateMissing", { id: TEMPLATE_ID }));
  return realpathSync(installed.dir);
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(ts|js|mjs|cjs|json|ya?ml|md|txt|csv)$/i.test(name) ? [path] : [];
  });
}

/**
 * Copies the example pack to `<dir>/<id>` and makes it the new pack's: the id and package name
 * (@dti-packs/example-pack → @dti-packs/<id>) everywhere, version 0.1.0, an empty changelog, and the
 * Vietnamese title if one is given. Everything else stays, so the copy validates and its tests pass.
 */
export function scaffoldPack(template: string, target: string, id: string, title?: string): string[] {
  cpSync(template, target, { recursive: true, filter: (source) => !SKIPPED.has(basename(source)) });
  const changed: string[] = [];
  for (const file of textFiles(target)) {
    const before = readFileSync(file, "utf8");
    let after = before.split(TEMPLATE_ID).join(id);
    if (title !== undefined) after = after.split(TEMPLATE_TITLE).join(title);
    if (file === join(target, "package.json")) {
      const pkg = JSON.parse(after) as { version?: string; dti?: { example?: boolean } };
      pkg.version = "0.1.0";
      // The copy is a real pack, not the example the API leaves out.
      if (pkg.dti) delete pkg.dti.example;
      after = `${JSON.stringify(pkg, null, 2)}\n`;
    }
    if (file === join(target, "CHANGELOG.md")) after = `# @dti-packs/${id}\n`;
    if (after !== before) {
      writeFileSync(file, after);
      changed.push(relative(target, file));
    }
  }
  return changed.sort();
}

/** dti pack new: a new pack under its own id, a copy of the example pack or (--from) the next revision of a pack. */
export async function packNew(ctx: CommandContext, id: string, options: PackNewOptions): Promise<void> {
  const lang = ctx.lang;
  if (!KEBAB.test(id)) throw new CliError("PACK_ID_INVALID", both("packNew.notKebab", { id }));
  if (id === TEMPLATE_ID) throw new CliError("PACK_ID_INVALID", both("packNew.templateId", { id }));
  if (options.title !== undefined && options.title.trim() === "") throw new CliError("USAGE", both("packNew.emptyTitle"));
  if (options.years !== undefined && options.from === undefined) throw new CliError("USAGE", both("packNew.yearsWithoutFrom"));
  const target = resolve(ctx.io.cwd, options.dir, id);
  if (existsSync(target)) throw new CliError("PACK_EXISTS", both("packNew.exists", { target }));
  if (options.from !== undefined) {
    const copy = await copyPackAsRevision(ctx.io, ctx.engine, options.from, target, id, {
      ...(options.years !== undefined ? { years: parseYears(options.years) } : {}),
      ...(options.title !== undefined ? { title: options.title.trim() } : {}),
    });
    const here = relative(ctx.io.cwd, target);
    const at = here.startsWith("..") ? target : here || ".";
    const from = copy.source.meta.id;
    ctx.io.stdout(
      [
        say(lang, "new.createdFrom", {
          id,
          at,
          from,
          fromVersion: copy.source.meta.version,
          version: copy.version,
          years: copy.years.join(", "),
        }),
        say(lang, "new.crosswalk", { from, id, mappings: copy.mappings }),
        say(lang, "new.casesFrom"),
        "",
        say(lang, "new.next"),
        say(lang, "new.from.step1"),
        say(lang, "new.from.step2"),
        say(lang, "new.from.step3", { id }),
        say(lang, "new.from.step4", { from, id }),
        say(lang, "new.from.step5", { id }),
        say(lang, "new.from.step6", { id }),
        "",
      ].join("\n"),
    );
    return;
  }
  const changed = scaffoldPack(templateDir(hostDirOf(ctx.io)), target, id, options.title?.trim());
  const fromHere = relative(ctx.io.cwd, target);
  const shown = fromHere.startsWith("..") ? target : fromHere || ".";
  ctx.io.stdout(
    [
      say(lang, "new.created", { id, at: shown, template: TEMPLATE_ID }),
      say(lang, "new.replaced", { template: TEMPLATE_ID, id, files: changed.join(", ") }),
      "",
      say(lang, "new.next"),
      say(lang, "new.step1"),
      say(lang, "new.step2", { at: shown }),
      say(lang, "new.step3"),
      say(lang, "new.step4", { at: shown }),
      say(lang, "new.step5"),
      say(lang, "new.readme"),
      "",
    ].join("\n"),
  );
}
