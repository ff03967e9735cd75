import type { UnitDto } from "@dti/contracts";
import { formatDate } from "../format/date";
import { useI18n } from "../i18n/context";

type Unit = Pick<UnitDto, "id" | "name" | "validTo">;

/**
 * The provinces as a picker lists them: the current ones (no end date) first, then the former ones,
 * each group sorted by Vietnamese collation (Intl.Collator("vi"): "Đắk Lắk" after "Đà Nẵng", before "Điện Biên").
 */
export function groupUnits<U extends Unit>(units: readonly U[]): { current: U[]; former: U[] } {
  const collator = new Intl.Collator("vi");
  const byName = (a: U, b: U) => collator.compare(a.name, b.name) || (b.validTo ?? "").localeCompare(a.validTo ?? "");
  return {
    current: units.filter((u) => u.validTo === null).sort(byName),
    former: units.filter((u) => u.validTo !== null).sort(byName),
  };
}

/**
 * The `<option>`s of a province picker: the current provinces, then the former ones in an
 * `<optgroup>`, each marked with its end date ("Thành phố Hà Nội (đến 30/6/2025)"), so that a name
 * never appears twice without a distinction. One component for every picker.
 */
export function UnitOptions({ units }: { units: readonly Unit[] }) {
  const { t } = useI18n();
  const { current, former } = groupUnits(units);
  const options = current.map((u) => (
    <option key={u.id} value={u.id}>
      {u.name}
    </option>
  ));
  if (former.length === 0) return <>{options}</>;
  return (
    <>
      {current.length > 0 && <optgroup label={t("units.current")}>{options}</optgroup>}
      <optgroup label={t("units.former")}>
        {former.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({t("units.until", { date: formatDate(u.validTo) })})
          </option>
        ))}
      </optgroup>
    </>
  );
}
