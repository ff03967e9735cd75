import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fullInputs, samplePack as engineSamplePack } from "@dti/engine/testing";
import type { PackDefinition } from "@dti/pack-sdk";

/**
 * The engine's sample pack (every rule kind of the catalogue) as the CLI's tests need it: main
 * indices named in Vietnamese so that headers can be matched by name, one provisional indicator,
 * and two pillars. Not a real framework.
 */
export function samplePack(): PackDefinition {
  const pack = engineSamplePack();
  const t = (vi: string, en: string) => ({ vi, en });
  const names: Record<string, { vi: string; en: string }> = {
    I: t("Nhận thức số", "Digital awareness"),
    II: t("Hạ tầng số", "Digital infrastructure"),
    III: t("Đô thị thông minh", "Smart city"),
  };
  for (const index of pack.indices) index.name = names[index.code] ?? index.name;
  pack.indicators.find((x) => x.code === "1.5")!.provisional = { reason: "ngưỡng chưa rõ trong bản OCR" };
  pack.aggregation.pillars = [
    { id: "awareness", name: t("Nhận thức", "Awareness"), indices: ["I"] },
    { id: "infrastructure", name: t("Hạ tầng", "Infrastructure"), indices: ["II"] },
  ];
  return pack;
}

export { fullInputs };

/** A fresh temporary directory for one test. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dti-cli-"));
}

/** Writes a bundle file of a pack (not yet parsed: the engine fills in defaults on load). */
export function writeBundle(dir: string, pack: unknown = samplePack(), name = "sample-pack.bundle.json"): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ format: "dti-pack-bundle@1", pack }, null, 2));
  return file;
}

/** Writes a pack package directory (package.json + plain-JS entry) that default-exports `pack`. */
export function writePackDir(dir: string, pack: unknown = samplePack(), name = "sample-pack"): string {
  const packDir = join(dir, name);
  mkdirSync(packDir, { recursive: true });
  writeFileSync(
    join(packDir, "package.json"),
    JSON.stringify({
      name: `@test/${name}`,
      version: "1.0.0",
      type: "module",
      exports: { ".": "./index.js" },
      dti: { kind: "indicator-pack", id: name },
    }),
  );
  writeFileSync(join(packDir, "index.js"), `export default ${JSON.stringify(pack, null, 2)};\n`);
  return packDir;
}
