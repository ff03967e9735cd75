import type { InputValue } from "@dti/contracts";
import type { InputDefinition } from "@dti/pack-sdk";
import { both } from "../i18n/catalogue";
import type { Localized } from "../i18n/message";
import { readNumber } from "./numbers";
import { textKey } from "@dti/conventions";

export type Coerced = { ok: true; value: InputValue } | { ok: false; reason: Localized; expected: Localized };

const TRUE = new Set(["true", "1", "co", "yes"]);
const FALSE = new Set(["false", "0", "khong", "no", "chua_co"]);

/**
 * A CSV cell as the value its input expects: numbers for counts and amounts (decimal comma or
 * point), true/false for yes/no (true/false, 1/0, có/không, yes/no), the option value for a choice.
 * An empty cell is "not provided" (null). A column that is not an input keeps its text, so the
 * engine reports it as an unknown key exactly as for JSON input.
 */
export function coerceCell(raw: string, input: InputDefinition | undefined): Coerced {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  if (!input) return { ok: true, value: text };
  switch (input.unit) {
    case "boolean": {
      const key = textKey(text);
      if (TRUE.has(key)) return { ok: true, value: true };
      if (FALSE.has(key)) return { ok: true, value: false };
      return { ok: false, reason: both("cell.notYesNo", { text }), expected: both("cell.expected.yesNo") };
    }
    case "choice":
      return { ok: true, value: text };
    case "text":
      return { ok: true, value: text };
    default: {
      const reading = readNumber(text);
      if (reading.ok) return { ok: true, value: reading.value };
      return {
        ok: false,
        reason: reading.reason,
        expected: input.unit === "count" ? both("cell.expected.count") : both("cell.expected.number"),
      };
    }
  }
}
