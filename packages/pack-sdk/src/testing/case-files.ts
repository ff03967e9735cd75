import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { walkRules } from "../rule-walk";
import { RULE_KINDS } from "../schema/rules";
import type { Pack } from "../schema/pack";
import { parseCaseFile, type GoldenCase } from "./cases";

/** Every `*.yaml` case file of a directory, in name order, parsed (a bad file throws with its name). */
export function readCaseDirectory(dir: string): { file: string; cases: GoldenCase[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((file) => ({ file, cases: parseCaseFile(readFileSync(join(dir, file), "utf8"), file) }));
}

/**
 * Which rule kinds a pack uses, which of them no golden case exercises (by the cases' `kinds`), and
 * which kinds the cases name that the catalogue does not have (a typo in a case file).
 */
export function ruleKindCoverage(
  pack: Pick<Pack, "indicators">,
  cases: readonly GoldenCase[],
): { used: string[]; uncovered: string[]; unknown: string[] } {
  const used = [...new Set(pack.indicators.flatMap((x) => walkRules(x.rule).map(({ rule }) => rule.kind)))].sort();
  const covered = new Set(cases.flatMap((c) => c.kinds));
  return {
    used,
    uncovered: used.filter((kind) => !covered.has(kind)),
    unknown: [...covered].filter((kind) => !(RULE_KINDS as readonly string[]).includes(kind)),
  };
}
