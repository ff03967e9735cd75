import type { InputRoute, LoadedPack } from "@dti/engine";

/**
 * Why a value was not carried into the new assessment:
 * - NOT_IN_PACK: the same pack's new version has no input of this id;
 * - NO_EARLIER_DATA: an input of the new pack the earlier framework did not collect (the crosswalk's
 *   `none`, or a new id the crosswalk gives no route to);
 * - OPERANDS_MISSING: derived by the crosswalk's formula, but some of its earlier inputs have no value;
 * - NOT_A_NUMBER: the formula gives no number (a division by zero);
 * - NOT_READ: a value of the earlier assessment that no route of the new pack reads;
 * - VALUE_REFUSED: the new pack does not accept the value (a choice removed, a range narrowed).
 */
export type CarrySkipCode = "NOT_IN_PACK" | "NO_EARLIER_DATA" | "OPERANDS_MISSING" | "NOT_A_NUMBER" | "NOT_READ" | "VALUE_REFUSED";

/** One input not carried: `inputId` is the new pack's input, or the earlier one's for NOT_IN_PACK and NOT_READ. */
export interface CarrySkip {
  inputId: string;
  code: CarrySkipCode;
  /** The English sentence (as `text.en`), for logs and older callers. */
  reason: string;
  text: { vi: string; en: string };
}

const id = (p: LoadedPack) => p.pack.meta.id;

function make(inputId: string, code: CarrySkipCode, vi: string, en: string): CarrySkip {
  return { inputId, code, reason: en, text: { vi, en } };
}

/** The sentences, in Vietnamese and English, naming the packs and inputs concerned. */
export const skip = {
  notInPack: (inputId: string, _from: LoadedPack, to: LoadedPack) =>
    make(inputId, "NOT_IN_PACK", `Bộ chỉ số ${id(to)} không có dữ liệu đầu vào ${inputId}.`, `pack ${id(to)} has no input ${inputId}`),

  noEarlierData: (route: InputRoute, from: LoadedPack, to: LoadedPack) => {
    const note = route.note ? ` (${route.note})` : "";
    return route.declared
      ? make(
          route.input,
          "NO_EARLIER_DATA",
          `Theo bảng chuyển đổi của ${id(to)}, bộ chỉ số ${id(from)} không thu thập số liệu này${note}.`,
          `the crosswalk of ${id(to)} says ${id(from)} did not collect it${note}`,
        )
      : make(
          route.input,
          "NO_EARLIER_DATA",
          `Mới trong ${id(to)}: ${id(from)} không có dữ liệu đầu vào cùng mã và bảng chuyển đổi không nêu cách lấy.`,
          `new in ${id(to)}: ${id(from)} has no input of this id and the crosswalk gives no route to it`,
        );
  },

  operandsMissing: (route: InputRoute, missing: readonly string[], from: LoadedPack) =>
    make(
      route.input,
      "OPERANDS_MISSING",
      `Tính bằng ${route.expression} từ số liệu của ${id(from)}, nhưng ${missing.join(", ")} chưa có giá trị.`,
      `derived as ${route.expression} from ${id(from)}'s values, but ${missing.join(", ")} has no value`,
    ),

  notANumber: (route: InputRoute) =>
    make(
      route.input,
      "NOT_A_NUMBER",
      `Công thức ${route.expression} không cho ra một số (chia cho 0?).`,
      `the formula ${route.expression} gives no number (a division by zero?)`,
    ),

  notRead: (inputId: string, from: LoadedPack, to: LoadedPack) =>
    make(
      inputId,
      "NOT_READ",
      `Bộ chỉ số ${id(to)} không dùng dữ liệu đầu vào ${inputId} của ${id(from)}.`,
      `pack ${id(to)} does not read ${id(from)}'s input ${inputId}`,
    ),

  valueRefused: (inputId: string, value: unknown, to: LoadedPack, why: string) =>
    make(
      inputId,
      "VALUE_REFUSED",
      `Bộ chỉ số ${id(to)} không nhận giá trị ${JSON.stringify(value)} cho ${inputId}.`,
      `pack ${id(to)} does not accept ${JSON.stringify(value)} for ${inputId}: ${why}`,
    ),
};
