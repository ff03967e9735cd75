import type { IndicatorDefinition, Pack } from "./schema/pack";

/**
 * The official address of an input as the method text names it: the indicator code and the letter of
 * the figure ("3.3.a"), or the indicator code alone for an indicator's single yes/no or choice ("1.1").
 */
export function officialAddress(indicatorCode: string, ref: { address?: string | undefined }): string {
  return ref.address ? `${indicatorCode}.${ref.address}` : indicatorCode;
}

/** The official address of an input within one indicator ("3.3.a"), or its id when the indicator does not list it. */
export function addressOf(indicator: Pick<IndicatorDefinition, "code" | "inputs">, inputId: string): string {
  const ref = indicator.inputs.find((r) => r.input === inputId);
  return ref ? officialAddress(indicator.code, ref) : inputId;
}

/** Every official address of each input, in indicator order: households_total → ["3.2.b", "3.3.b", "8.4.b"]. */
export function addressesOf(pack: Pick<Pack, "indicators">): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const indicator of pack.indicators)
    for (const ref of indicator.inputs) {
      const list = out.get(ref.input);
      const address = officialAddress(indicator.code, ref);
      if (list) list.push(address);
      else out.set(ref.input, [address]);
    }
  return out;
}
