import type { PackIssueCode } from "./issues";
import { inputUses } from "./rule-walk";
import type { Pack } from "./schema/pack";

type Fail = (code: PackIssueCode, path: (string | number)[], message: string) => void;

/** Rule kinds with a single threshold or target that a "threshold" alternative moves. */
const THRESHOLD_KINDS = new Set(["ratio_to_target", "ratio_full_above", "all_or_nothing"]);

/**
 * Checks of the pack sections added for exact comparisons and rank sensitivity: a crosswalk's input
 * mappings name this pack's inputs once each; each sensitivity alternative names an indicator or index
 * of the pack that its kind can change. (The earlier pack's side of an input mapping is checked when
 * the two packs meet, by the engine.)
 */
export function checkAdditions(pack: Pack, fail: Fail): void {
  const inputs = new Set(pack.inputs.map((x) => x.id));
  pack.crosswalks.forEach((crosswalk, c) => {
    const seen = new Set<string>();
    crosswalk.inputs?.forEach((mapping, m) => {
      const path = ["crosswalks", c, "inputs", m, "input"];
      if (!inputs.has(mapping.input))
        fail("CROSSWALK", path, `crosswalk from ${crosswalk.from} maps input "${mapping.input}", which this pack does not declare`);
      if (seen.has(mapping.input)) fail("CROSSWALK", path, `crosswalk from ${crosswalk.from} maps input "${mapping.input}" more than once`);
      seen.add(mapping.input);
    });
  });

  const alternatives = pack.sensitivity?.alternatives ?? [];
  const ids = new Set<string>();
  alternatives.forEach((alt, a) => {
    const at = (...rest: (string | number)[]) => ["sensitivity", "alternatives", a, ...rest];
    if (ids.has(alt.id)) fail("SENSITIVITY", at("id"), `sensitivity alternative "${alt.id}" is declared more than once`);
    ids.add(alt.id);
    if (alt.index !== undefined) {
      const index = pack.indices.find((x) => x.code === alt.index);
      if (!index) fail("SENSITIVITY", at("index"), `alternative ${alt.id} names index "${alt.index}", which is not declared`);
      else if (index.group === "unscored" || !index.maxPoints)
        fail(
          "SENSITIVITY",
          at("index"),
          `alternative ${alt.id}: index ${alt.index} does not count towards the overall, so its weight cannot move a rank`,
        );
      return;
    }
    const indicator = pack.indicators.find((x) => x.code === alt.indicator);
    if (!indicator) {
      fail("SENSITIVITY", at("indicator"), `alternative ${alt.id} names indicator "${alt.indicator}", which is not declared`);
      return;
    }
    if (alt.kind === "weight" && indicator.rule.kind === "sum_children")
      fail(
        "SENSITIVITY",
        at("indicator"),
        `alternative ${alt.id}: ${indicator.code} sums sub-indicators; weigh its sub-indicators instead`,
      );
    if (alt.kind === "threshold" && !THRESHOLD_KINDS.has(indicator.rule.kind))
      fail(
        "SENSITIVITY",
        at("kind"),
        `alternative ${alt.id}: ${indicator.code} is scored by ${indicator.rule.kind}, which has no single threshold; use a normalisation alternative`,
      );
    if (alt.kind === "normalisation") {
      const listed = new Set(indicator.inputs.map((r) => r.input));
      alt.options.forEach((option, o) => {
        if (typeof option === "number") return;
        for (const use of inputUses(option.rule))
          if (!listed.has(use.input))
            fail(
              "SENSITIVITY",
              at("options", o, "rule", ...use.path),
              `alternative ${alt.id}: the rule uses "${use.input}", which ${indicator.code} does not list among its inputs`,
            );
      });
    }
  });
}
