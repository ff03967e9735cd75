import { usePacks } from "../api/hooks";
import { useI18n } from "../i18n/context";

/** The years some active pack covers, newest first (2022 is the year with published figures). */
export function useYears(): number[] {
  const packs = usePacks();
  const set = new Set<number>();
  for (const p of packs.data ?? []) if (p.status === "active") p.years.forEach((y) => set.add(y));
  return [...set].sort((a, b) => b - a);
}

export function PeriodPicker({
  value,
  onChange,
  id = "period",
  extra = [],
}: {
  value: number;
  onChange: (year: number) => void;
  id?: string;
  extra?: number[];
}) {
  const { t } = useI18n();
  const years = [...new Set([...useYears(), ...extra])].sort((a, b) => b - a);
  const options = years.includes(value) ? years : [value, ...years];
  return (
    <>
      <label htmlFor={id}>{t("common.year")}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}

export const REGIONS = [
  "north-midlands-mountains",
  "red-river-delta",
  "north-central-coast",
  "central-highlands",
  "southeast",
  "mekong-delta",
] as const;
