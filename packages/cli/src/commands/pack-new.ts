import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { EngineError } from "@dti/engine";
import { discoverInstalledPacks } from "@dti/engine/node";
import type { CommandContext } from "../context";
import { CliError } from "../errors";
import { hostDirOf } from "../packs";
import { copyPackAsRevision } from "./pack-new-from";

/** The pack every new pack starts from: complete, commented, always green. */
export const TEMPLATE_ID = "example-pack";
const TEMPLATE_TITLE = "Bộ chỉ số mẫu (ví dụ cho người viết bộ chỉ số)";
/** Never copied: installed dependencies and build or test output. */
/** Not copied: build output, and the template's release record (a new pack has released nothing). */
const SKIPPED = new Set(["node_modules", ".turbo", ".test-results", "pack-versions.json"]);
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

interface PackNewOptions {
  dir: string;
  title?: string;
  from?: string;
  years?: string;
}

function parseYears(text: string): number[] {
  const years = text.split(",").map((y) => y.trim());
  if (years.some((y) => !/^\d{4}$/.test(y))) throw new CliError("USAGE", `--years "${text}": give years as 2026 or 2026,2027`);
  return years.map(Number);
}

/** The directory of the installed example pack (the workspace copy, through pnpm's link). */
export function templateDir(hostDir: string): string {
  const installed = discoverInstalledPacks(hostDir).find((p) => p.id === TEMPLATE_ID);
  if (!installed)
    throw new EngineError(
      "PACK_NOT_FOUND",
      `the template pack ${TEMPLATE_ID} is not installed beside the CLI (@dti-packs/${TEMPLATE_ID}); run pnpm install`,
    );
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

export function registerPackNew(pack: Command, ctx: CommandContext): void {
  pack
    .command("new")
    .description(
      `start a new pack under its own id: a copy of ${TEMPLATE_ID} (complete, commented, with golden cases), or with --from the next revision of an existing pack`,
    )
    .argument("<id>", "the new pack's id, kebab-case, e.g. dti-province-2026")
    .option("--dir <dir>", "where to create it (the pack goes in <dir>/<id>)", "indicator-packs")
    .option("--title <title>", "the pack's Vietnamese title (default: the example's, to be replaced in src/meta.ts)")
    .option(
      "--from <pack>",
      'copy this pack (id or directory) as the next revision: new id and years, version 1.0.0, a crosswalk to it with every mapping "same", its golden cases and a test',
    )
    .option(
      "--years <years>",
      "with --from: the new pack's years, e.g. 2026 or 2026,2027 (default: the year in the id, else the year after the source's last)",
    )
    .action(async (id: string, options: PackNewOptions) => {
      if (!KEBAB.test(id))
        throw new CliError(
          "PACK_ID_INVALID",
          `"${id}" is not a kebab-case id: use lower-case letters and digits joined by single hyphens, starting with a letter, e.g. dti-province-2026`,
        );
      if (id === TEMPLATE_ID)
        throw new CliError("PACK_ID_INVALID", `"${id}" is the template's own id: choose the new pack's, e.g. dti-province-2026`);
      if (options.title !== undefined && options.title.trim() === "") throw new CliError("USAGE", "--title is empty");
      if (options.years !== undefined && options.from === undefined) throw new CliError("USAGE", "--years goes with --from");
      const target = resolve(ctx.io.cwd, options.dir, id);
      if (existsSync(target)) throw new CliError("PACK_EXISTS", `${target} already exists: choose another id or --dir, or remove it first`);
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
            `Đã tạo bộ chỉ số ${id} tại ${at} (bản sửa đổi tiếp theo của ${from} ${copy.source.meta.version}, phiên bản ${copy.version}, năm ${copy.years.join(", ")})`,
            `  created ${id} in ${at}: the next revision of ${from}, version ${copy.version}, years ${copy.years.join(", ")}`,
            `  Bảng đối chiếu / crosswalk ${from} → ${id}: ${copy.mappings} mappings, all "same" (src/crosswalks.ts)`,
            `  Ca kiểm thử vàng / golden cases: fixtures/cases; kiểm thử / test: src/pack.test.ts; không có pack-versions.json (chưa phát hành / nothing released)`,
            "",
            "Bước tiếp theo / next steps:",
            `  1. pnpm dti packs                                   (tìm thấy không cần sửa package.json / found without editing package.json)`,
            `  2. Sửa nội dung theo văn bản mới / revise the content (src/meta.ts: legal basis, title; src/indices/ …)`,
            `  3. pnpm dti pack validate ${id}                (bảng đối chiếu được kiểm tra với nội dung / the crosswalk is checked against content)`,
            `  4. pnpm dti pack diff ${from} ${id} --crosswalk-draft   (đổi "same" thành quan hệ đúng / turn "same" into the right relations)`,
            `  5. pnpm dti pack test ${id}                    (ca kiểm thử vàng / golden cases)`,
            `  6. pnpm install && pnpm changeset && pnpm dti pack release ${id}`,
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
          `Đã tạo bộ chỉ số ${id} tại ${shown} (bản sao của ${TEMPLATE_ID}, phiên bản 0.1.0) / created ${id} in ${shown}`,
          `  Đã thay ${TEMPLATE_ID} → ${id} trong: ${changed.join(", ")}`,
          "",
          "Bước tiếp theo / next steps:",
          "  1. pnpm install                       (liên kết gói mới vào workspace / link the new package)",
          `  2. pnpm dti pack validate ${shown}`,
          `  3. Viết src/meta.ts, src/indices/, src/inputs/ theo văn bản gốc; thay fixtures/cases/*.yaml bằng ca kiểm thử tính tay`,
          `     (write the meta, indices and inputs from the decision; replace the golden cases with cases computed by hand)`,
          `  4. cd ${shown} && npx vitest run     (các ca kiểm thử / the golden cases and the pack's tests)`,
          `  5. pnpm changeset                     (ghi thay đổi, phát hành 1.0.0 khi đã kiểm tra / record the change; 1.0.0 once checked)`,
          `  Xem README.md của gói và docs/authoring-packs.md / see the pack's README.md and docs/authoring-packs.md`,
          "",
        ].join("\n"),
      );
    });
}
