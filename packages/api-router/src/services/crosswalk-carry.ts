import { inputCarrier, planInputs, type LoadedPack } from "@dti/engine";
import type { InputValue } from "@dti/contracts";
import type { CarriedValue, CarryMapping } from "./carry-forward";
import { skip, type CarrySkip } from "./carry-skips";

/** The limits of a value's source and comment (as setInput and importValues take them). */
const SOURCE_MAX = 500;
const COMMENT_MAX = 2000;

/** Whether pack `to` declares a crosswalk from pack id `fromId` (it is the later framework, mapping from the earlier). */
export function declaresCrosswalk(to: LoadedPack, fromId: string): boolean {
  return to.pack.crosswalks.some((c) => c.from === fromId);
}

/** The distinct notes of the values a derived one was made from, in order, within `max` characters. */
function joined(notes: readonly (string | null)[], max: number): string | null {
  const distinct = [...new Set(notes.filter((n): n is string => n !== null && n.trim() !== ""))];
  if (distinct.length === 0) return null;
  const text = distinct.join("; ");
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// The routes of a pair of packs, made once per pair (loaded packs are kept by content hash, so
// the same objects come back for the same contents).
const carriers = new WeakMap<LoadedPack, WeakMap<LoadedPack, CarryMapping>>();

/**
 * Carry-forward through the later pack's crosswalk: the engine's input routes (planInputs, applied by
 * inputCarrier — the same mapper `dti compare --decompose` uses). same / renamed copy the value;
 * derived computes it with the engine's safe expression compiler from the earlier values, only when
 * all its operands have one; none, and new inputs with no route, are skipped with why, as are earlier
 * values no route reads. A carried value keeps the source and comment of the value(s) it came from.
 */
export function crosswalkMapping(from: LoadedPack, to: LoadedPack): CarryMapping {
  const known = carriers.get(to)?.get(from);
  if (known) return known;
  const plan = planInputs(from.pack, to.pack);
  const carry = inputCarrier(plan, from.pack);
  const mapping: CarryMapping = (values) => {
    const earlier = new Map(values.filter((v) => v.value !== null).map((v) => [v.inputId, v]));
    const record: Record<string, InputValue> = {};
    for (const [inputId, v] of earlier) record[inputId] = v.value as InputValue;
    const out = carry(record);
    const carried: CarriedValue[] = Object.entries(out.inputs).map(([inputId, value]) => {
      const origins = (out.from[inputId] ?? []).map((x) => earlier.get(x)!);
      return {
        inputId,
        value,
        source: joined(
          origins.map((o) => o.source),
          SOURCE_MAX,
        ),
        comment: joined(
          origins.map((o) => o.comment),
          COMMENT_MAX,
        ),
      };
    });
    const skipped: CarrySkip[] = [];
    const consumed = new Set(Object.values(out.from).flat());
    const uncollected = new Set<string>();
    for (const gap of out.gaps) {
      if (gap.reason === "no-earlier-data") {
        uncollected.add(gap.input);
        skipped.push(skip.noEarlierData(gap.route, from, to));
      } else {
        gap.operands.forEach((x) => consumed.add(x));
        // A formula none of whose inputs has a value has nothing to carry: the earlier year was empty there.
        if (gap.reason === "operands-missing" && gap.missing.length < gap.operands.length)
          skipped.push(skip.operandsMissing(gap.route, gap.missing, from));
        else if (gap.reason === "not-a-number") skipped.push(skip.notANumber(gap.route));
      }
    }
    // An earlier value no route reads; under an id the new pack keeps but does not fill from it
    // (the crosswalk's `none`), the NO_EARLIER_DATA line above already says why.
    for (const inputId of earlier.keys())
      if (!consumed.has(inputId) && !uncollected.has(inputId)) skipped.push(skip.notRead(inputId, from, to));
    return { values: carried, skipped };
  };
  if (!carriers.has(to)) carriers.set(to, new WeakMap());
  carriers.get(to)!.set(from, mapping);
  return mapping;
}
