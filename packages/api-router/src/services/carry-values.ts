import type { LoadedPack } from "@dti/engine";
import type { ApiContext } from "../context";
import { ApiError } from "../errors";
import { carryMappingFor, type CarriedValue, type CarryKind } from "./carry-forward";
import { skip, type CarrySkip } from "./carry-skips";
import { declaresCrosswalk } from "./crosswalk-carry";
import { checkInputValue } from "./scoring";
import type { AssessmentScope } from "./scope";

export interface CarryOutcome {
  kind: CarryKind;
  values: CarriedValue[];
  skipped: CarrySkip[];
}

/**
 * CARRY_FORWARD_UNSUPPORTED naming both packs (Vietnamese and English in `details.text`): the new
 * pack declares no crosswalk from the earlier one. When it is the other way round (the earlier
 * assessment is under the later framework), the sentence says the crosswalk maps the other way.
 */
function unsupported(from: LoadedPack, to: LoadedPack, fromPeriod: number, path: string): ApiError {
  const a = from.pack.meta.id;
  const b = to.pack.meta.id;
  const backwards = declaresCrosswalk(from, b);
  const en = backwards
    ? `values cannot be carried from pack ${a} (${fromPeriod}) back to pack ${b}: ${a}'s crosswalk maps ${b} → ${a} (an earlier framework to a later one), not the other way`
    : `values cannot be carried from pack ${a} (${fromPeriod}) to pack ${b}: ${b} declares no crosswalk from ${a}`;
  const vi = backwards
    ? `Không thể chuyển số liệu từ bộ chỉ số ${a} (kỳ ${fromPeriod}) ngược về bộ chỉ số ${b}: bảng chuyển đổi của ${a} chỉ đi từ ${b} sang ${a} (từ bộ chỉ số cũ sang bộ chỉ số mới).`
    : `Không thể chuyển số liệu từ bộ chỉ số ${a} (kỳ ${fromPeriod}) sang bộ chỉ số ${b}: ${b} không có bảng chuyển đổi từ ${a}.`;
  return new ApiError("CARRY_FORWARD_UNSUPPORTED", en, {
    fields: [
      {
        path,
        message: `pack ${a} cannot be carried to ${b}`,
        expected: `values of ${b}, or of an earlier pack ${b} declares a crosswalk from`,
      },
    ],
    details: { fromPack: a, toPack: b, fromPeriod, direction: backwards ? "backwards" : "unmapped", text: { vi, en } },
  });
}

/**
 * The values of an earlier assessment or file (under pack `from`) as values of the target assessment:
 * mapped by carryMappingFor (CARRY_FORWARD_UNSUPPORTED when there is no way), then each checked as
 * the target's pack checks an entry — a value it refuses is skipped with why, not an error, since the
 * province entered it under another framework. `path` names the field a refusal is about.
 */
export function carryInto(
  ctx: ApiContext,
  from: LoadedPack,
  target: AssessmentScope,
  values: readonly CarriedValue[],
  origin: { period: number; path: string },
): CarryOutcome {
  const to = target.pack.loaded;
  const found = carryMappingFor(from, to);
  if (!found) throw unsupported(from, to, origin.period, origin.path);
  const mapped = found.mapping(values, from, to);
  const skipped = [...mapped.skipped];
  const accepted = mapped.values.filter((v) => {
    try {
      checkInputValue(ctx, target, v.inputId, v.value);
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      skipped.push(skip.valueRefused(v.inputId, v.value, to, error.message));
      return false;
    }
  });
  return { kind: found.kind, values: accepted, skipped };
}
