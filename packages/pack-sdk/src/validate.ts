import type { z } from "zod";
import { type PackIssue, type PackIssueCode, type ValidationReport } from "./issues";
import { inputUses, walkRules } from "./rule-walk";
import { packSchema, type Pack } from "./schema/pack";
import { checkAdditions } from "./validate-additions";

const EPSILON = 1e-9;

export interface PackValidation extends ValidationReport {
  /** The parsed pack (defaults applied) when the schema matched, even if invariants failed. */
  pack?: Pack;
}

function zodIssues(error: z.ZodError): PackIssue[] {
  return error.issues.map((issue) => ({
    code: "SCHEMA" as const,
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}

/**
 * Checks a pack's schema and its invariants, returning every problem at once with its path.
 * Doubts (provisional indicators) come back as warnings so they stay visible.
 */
export function validatePack(candidate: unknown): PackValidation {
  const parsed = packSchema.safeParse(candidate);
  if (!parsed.success) return { errors: zodIssues(parsed.error), warnings: [] };
  const pack = parsed.data;
  const errors: PackIssue[] = [];
  const warnings: PackIssue[] = [];
  const fail = (code: PackIssueCode, path: (string | number)[], message: string) => errors.push({ code, path, message });

  const unique = (items: { key: string; path: (string | number)[] }[], what: string) => {
    const seen = new Set<string>();
    for (const { key, path } of items) {
      if (seen.has(key)) fail("DUPLICATE_CODE", path, `${what} "${key}" is declared more than once`);
      seen.add(key);
    }
  };
  unique(
    pack.indices.map((x, i) => ({ key: x.code, path: ["indices", i, "code"] })),
    "index",
  );
  unique(
    pack.indicators.map((x, i) => ({ key: x.code, path: ["indicators", i, "code"] })),
    "indicator",
  );
  unique(
    pack.inputs.map((x, i) => ({ key: x.id, path: ["inputs", i, "id"] })),
    "input",
  );
  unique(
    pack.aggregation.pillars.map((x, i) => ({ key: x.id, path: ["aggregation", "pillars", i, "id"] })),
    "pillar",
  );
  unique(
    pack.agencies.map((x, i) => ({ key: x.code, path: ["agencies", i, "code"] })),
    "agency",
  );
  unique(
    pack.generalInfo.map((x, i) => ({ key: x.code, path: ["generalInfo", i, "code"] })),
    "general-information item",
  );

  const indices = new Map(pack.indices.map((x) => [x.code, x]));
  const indicators = new Map(pack.indicators.map((x) => [x.code, x]));
  const inputs = new Map(pack.inputs.map((x) => [x.id, x]));
  const agencies = new Set(pack.agencies.map((a) => a.code));
  const generalInfo = new Set(pack.generalInfo.map((g) => g.code));
  const usedInputs = new Set<string>();

  pack.inputs.forEach((input, i) => {
    if (input.generalInfo && !generalInfo.has(input.generalInfo))
      fail(
        "UNKNOWN_GENERAL_INFO",
        ["inputs", i, "generalInfo"],
        `input "${input.id}" links to ${input.generalInfo}, which the pack does not declare`,
      );
    if (input.unit === "choice" && !input.options) fail("SCHEMA", ["inputs", i, "options"], `choice input "${input.id}" needs its options`);
    if (input.unit !== "choice" && input.options)
      fail("SCHEMA", ["inputs", i, "options"], `only choice inputs have options; "${input.id}" is ${input.unit}`);
  });

  pack.indicators.forEach((indicator, i) => {
    const at = (...rest: (string | number)[]) => ["indicators", i, ...rest];
    if (!indices.has(indicator.index))
      fail("UNKNOWN_INDEX", at("index"), `indicator ${indicator.code} names index "${indicator.index}", which is not declared`);
    for (const [k, agency] of [indicator.leadAgency, ...indicator.cooperatingAgencies].entries()) {
      if (agency !== null && agencies.size > 0 && !agencies.has(agency))
        fail(
          "UNKNOWN_AGENCY",
          k === 0 ? at("leadAgency") : at("cooperatingAgencies", k - 1),
          `agency "${agency}" is not declared in agencies`,
        );
    }
    if (indicator.provisional)
      warnings.push({
        code: "PROVISIONAL",
        path: at("provisional"),
        message: `${indicator.code} is provisional: ${indicator.provisional.reason}`,
      });

    const listed = new Set<string>();
    const addresses = new Set<string>();
    indicator.inputs.forEach((ref, k) => {
      listed.add(ref.input);
      if (!inputs.has(ref.input))
        fail("UNKNOWN_INPUT", at("inputs", k, "input"), `indicator ${indicator.code} lists input "${ref.input}", which is not declared`);
      const address = ref.address ?? "";
      if (addresses.has(address))
        fail(
          "DUPLICATE_ADDRESS",
          at("inputs", k, "address"),
          `indicator ${indicator.code} has two inputs at address "${indicator.code}${address ? "." + address : ""}"`,
        );
      addresses.add(address);
    });

    for (const { rule, path } of walkRules(indicator.rule, ["rule"])) {
      if (rule.kind === "choice") {
        const input = inputs.get(rule.input);
        const options = new Set(input?.options?.map((o) => o.value) ?? []);
        const valued = new Set(Object.keys(rule.fractions));
        const same = options.size === valued.size && [...options].every((v) => valued.has(v));
        if (input && !same)
          fail(
            "CHOICE_MISMATCH",
            at(...path, "fractions"),
            `choice rule of ${indicator.code} scores [${[...valued].join(", ")}] but input "${rule.input}" offers [${[...options].join(", ")}]`,
          );
      }
      if (rule.kind === "count_bands" || rule.kind === "amount_bands" || rule.kind === "ratio_bands") {
        rule.bands.forEach((band, k) => {
          const previous = rule.bands[k - 1];
          if (previous && band.min >= previous.min)
            fail(
              "BANDS_ORDER",
              at(...path, "bands", k, "min"),
              `band ${k} of ${indicator.code} (min ${band.min}) must be below band ${k - 1} (min ${previous.min})`,
            );
        });
      }
      if (rule.kind === "parts") {
        const total = rule.parts.reduce((sum, p) => sum + p.fraction, 0);
        if (total > 1 + EPSILON)
          fail("PARTS_FRACTION", at(...path, "parts"), `the parts of ${indicator.code} add up to ${total}, more than the whole (1)`);
      }
      if (rule.kind === "sum_children") {
        rule.children.forEach((child, k) => {
          const sub = indicators.get(child);
          if (!sub) fail("BAD_HIERARCHY", at(...path, "children", k), `sub-indicator ${child} of ${indicator.code} is not declared`);
          else if (sub.parent !== indicator.code)
            fail("BAD_HIERARCHY", at(...path, "children", k), `sub-indicator ${child} must declare parent "${indicator.code}"`);
        });
        const childMax = rule.children.reduce((sum, c) => sum + (indicators.get(c)?.maxPoints ?? 0), 0);
        if (indicator.maxPoints !== null && Math.abs(childMax - indicator.maxPoints) > EPSILON)
          fail(
            "POINTS_MISMATCH",
            at("maxPoints"),
            `${indicator.code} is worth ${indicator.maxPoints} but its sub-indicators add up to ${childMax}`,
          );
      }
    }

    for (const use of inputUses(indicator.rule)) {
      usedInputs.add(use.input);
      const input = inputs.get(use.input);
      const path = at("rule", ...use.path);
      if (!input) {
        fail("UNKNOWN_INPUT", path, `rule of ${indicator.code} uses input "${use.input}", which is not declared`);
        continue;
      }
      if (!listed.has(use.input))
        fail("UNLISTED_INPUT", path, `rule of ${indicator.code} uses "${use.input}" but the indicator's inputs do not list it`);
      const fits =
        use.role === "boolean"
          ? input.unit === "boolean"
          : use.role === "choice"
            ? input.unit === "choice"
            : !["boolean", "choice", "text"].includes(input.unit);
      if (!fits)
        fail(
          "WRONG_INPUT_UNIT",
          path,
          `${indicator.code} uses "${use.input}" as ${use.role === "number" ? "a number" : `a ${use.role}`}, but its unit is ${input.unit}`,
        );
    }

    if (indicator.parent) {
      const parent = indicators.get(indicator.parent);
      if (!parent || parent.rule.kind !== "sum_children" || !parent.rule.children.includes(indicator.code))
        fail("BAD_HIERARCHY", at("parent"), `${indicator.code} names parent ${indicator.parent}, whose rule does not sum it`);
      else if (parent.index !== indicator.index)
        fail("BAD_HIERARCHY", at("index"), `${indicator.code} is in index ${indicator.index} but its parent is in ${parent.index}`);
    }
  });

  pack.inputs.forEach((input, i) => {
    if (input.unit !== "text" && !usedInputs.has(input.id))
      fail("UNUSED_INPUT", ["inputs", i, "id"], `input "${input.id}" is declared but no rule uses it`);
  });

  checkCoverage(pack, fail);
  if (pack.meta.coverage === "full") {
    pack.indices.forEach((index, i) => {
      const sum = pack.indicators.filter((x) => x.index === index.code && !x.parent).reduce((total, x) => total + (x.maxPoints ?? 0), 0);
      if (Math.abs(sum - (index.maxPoints ?? 0)) > EPSILON)
        fail(
          "POINTS_MISMATCH",
          ["indices", i, "maxPoints"],
          `index ${index.code} is worth ${index.maxPoints} but its indicators add up to ${sum}`,
        );
    });
  }
  const known = pack.indices.every((x) => x.maxPoints !== null);
  const total = pack.indices.reduce((sum, x) => sum + (x.maxPoints ?? 0), 0);
  if (known && pack.aggregation.totalPoints !== undefined && Math.abs(total - pack.aggregation.totalPoints) > EPSILON)
    fail(
      "POINTS_MISMATCH",
      ["aggregation", "totalPoints"],
      `the pack declares ${pack.aggregation.totalPoints} points but its indices add up to ${total}`,
    );
  pack.aggregation.pillars.forEach((pillar, i) =>
    pillar.indices.forEach((code, k) => {
      if (!indices.has(code))
        fail(
          "UNKNOWN_INDEX",
          ["aggregation", "pillars", i, "indices", k],
          `pillar ${pillar.id} names index "${code}", which is not declared`,
        );
    }),
  );

  checkCrosswalkTargets(pack, fail);
  checkAdditions(pack, fail);
  return { errors, warnings, pack };
}

type Fail = (code: PackIssueCode, path: (string | number)[], message: string) => void;

/** What a pack says it can compute must be backed by what it knows. */
function checkCoverage(pack: Pack, fail: Fail): void {
  const coverage = pack.meta.coverage;
  if (coverage === "published") return;
  pack.indices.forEach((index, i) => {
    if (index.maxPoints === null)
      fail(
        "COVERAGE",
        ["indices", i, "maxPoints"],
        `index ${index.code} has unknown points, so the pack cannot cover "${coverage}"; declare coverage "published"`,
      );
  });
  if (coverage !== "full") return;
  pack.indicators.forEach((indicator, i) => {
    if (indicator.maxPoints === null)
      fail(
        "COVERAGE",
        ["indicators", i, "maxPoints"],
        `${indicator.code} has unknown points, so the pack cannot score raw inputs; declare coverage "indices" or "published"`,
      );
    for (const { rule, path } of walkRules(indicator.rule, ["rule"]))
      if (rule.kind === "unknown")
        fail(
          "COVERAGE",
          ["indicators", i, ...path],
          `${indicator.code} has an unknown rule, so the pack cannot score raw inputs; declare coverage "indices" or "published"`,
        );
  });
}

/** A crosswalk's target codes must exist in this pack (its source codes are checked against the earlier pack). */
function checkCrosswalkTargets(pack: Pack, fail: Fail): void {
  const codes = {
    pillars: new Set(pack.aggregation.pillars.map((p) => p.id)),
    indices: new Set(pack.indices.map((x) => x.code)),
    indicators: new Set(pack.indicators.map((x) => x.code)),
  };
  pack.crosswalks.forEach((crosswalk, c) => {
    for (const level of ["pillars", "indices", "indicators"] as const) {
      crosswalk[level].forEach((mapping, m) =>
        mapping.to.forEach((code, k) => {
          if (!codes[level].has(code))
            fail(
              "CROSSWALK",
              ["crosswalks", c, level, m, "to", k],
              `crosswalk from ${crosswalk.from} maps to ${level.slice(0, -1)} "${code}", which this pack does not declare`,
            );
        }),
      );
    }
  });
}
