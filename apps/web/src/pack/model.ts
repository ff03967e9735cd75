import { officialAddress, type IndicatorDefinition, type InputDefinition, type MainIndex, type Pack } from "@dti/pack-sdk/model";

export type { IndicatorDefinition, InputDefinition, MainIndex, Pack };

export interface IndicatorField {
  /** "3.3.a", or the indicator code for a single yes/no or choice. */
  address: string;
  input: InputDefinition;
}

/** Everything the screens look up in a pack, indexed once. */
export interface PackModel {
  pack: Pack;
  indices: MainIndex[];
  indicator: Map<string, IndicatorDefinition>;
  input: Map<string, InputDefinition>;
  byIndex: Map<string, IndicatorDefinition[]>;
  /** The inputs an indicator reads, with their official addresses (constants left out). */
  fields(code: string): IndicatorField[];
  /** The official address of an input ("3.3.a"), for labels; its id when no indicator names it. */
  addressOf(inputId: string): string;
  agencyName(code: string | null | undefined, lang: "vi" | "en"): string;
}

export function packModel(pack: Pack): PackModel {
  const indicator = new Map(pack.indicators.map((i) => [i.code, i]));
  const input = new Map(pack.inputs.map((i) => [i.id, i]));
  const byIndex = new Map<string, IndicatorDefinition[]>(pack.indices.map((i) => [i.code, []]));
  for (const i of pack.indicators) byIndex.get(i.index)?.push(i);
  const address = new Map<string, string>();
  for (const i of pack.indicators) for (const x of i.inputs) if (!address.has(x.input)) address.set(x.input, officialAddress(i.code, x));
  for (const i of pack.inputs) if (i.generalInfo && !address.has(i.id)) address.set(i.id, i.generalInfo);
  const agencies = new Map(pack.agencies.map((a) => [a.code, a.name]));
  return {
    pack,
    indices: pack.indices,
    indicator,
    input,
    byIndex,
    fields(code) {
      const ind = indicator.get(code);
      if (!ind) return [];
      return ind.inputs.flatMap((x) => {
        const def = input.get(x.input);
        return def && def.constant === undefined ? [{ address: officialAddress(code, x), input: def }] : [];
      });
    },
    addressOf: (id) => address.get(id) ?? id,
    agencyName(code, lang) {
      if (!code) return "—";
      const name = agencies.get(code);
      return name ? (lang === "en" ? (name.en ?? name.vi) : name.vi) : code;
    },
  };
}
