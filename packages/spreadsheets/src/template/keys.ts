import { inputKeys, type Pack } from "@dti/pack-sdk";

/**
 * Every key a value may be given by, as the engine accepts them: input id (households_total),
 * official address (3.3.a, or 1.1 for an indicator's single input) and general-information code
 * (A6). Info-only codes (A1–A3: no input behind them) map to themselves.
 */
export function valueKeys(pack: Pack): Map<string, string> {
  const keys = new Map<string, string>();
  for (const item of pack.generalInfo) keys.set(item.code, item.code);
  for (const [key, { input }] of inputKeys(pack)) keys.set(key, input);
  return keys;
}
