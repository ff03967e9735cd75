import { officialAddress } from "./addresses";
import type { Pack } from "./schema/pack";

/** A key data may use for an input, and how it names it. */
export interface InputKey {
  /** The input id. */
  input: string;
  via: "id" | "address" | "general_info";
}

/**
 * Every key data may give an input's value by, as the engine accepts them: its id (households_total),
 * an official address (3.3.b, or 1.1 for an indicator's single yes/no or choice) and its
 * general-information code (A6). Ids first, then general-information codes, then addresses: an
 * address written like another key names what the indicator says.
 */
export function inputKeys(pack: Pick<Pack, "inputs" | "indicators">): Map<string, InputKey> {
  const keys = new Map<string, InputKey>();
  const ids = new Set<string>();
  for (const input of pack.inputs) {
    keys.set(input.id, { input: input.id, via: "id" });
    ids.add(input.id);
  }
  for (const input of pack.inputs) if (input.generalInfo) keys.set(input.generalInfo, { input: input.id, via: "general_info" });
  for (const indicator of pack.indicators)
    for (const ref of indicator.inputs)
      if (ids.has(ref.input)) keys.set(officialAddress(indicator.code, ref), { input: ref.input, via: "address" });
  return keys;
}

/** General-information codes with no input behind them (A1–A3: name, address, website): data may carry them, nothing scores them. */
export function infoOnlyCodes(pack: Pick<Pack, "inputs" | "indicators" | "generalInfo">, keys = inputKeys(pack)): Set<string> {
  return new Set(pack.generalInfo.map((g) => g.code).filter((code) => !keys.has(code)));
}
