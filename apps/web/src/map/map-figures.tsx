import type { MapOutput } from "@dti/contracts";
import { formatIndex } from "../format/number";
import { useI18n } from "../i18n/context";

/**
 * The figures beside the map, as readable as the map is not: the year's ranks and values, or for a
 * back-cast each new province's value with the former provinces it comes from and their own figures
 * (value, or rank where only the rank was published), so a missing value says why.
 */
export function MapFigures({ map }: { map: MapOutput }) {
  const { t, lang } = useI18n();
  if (map.mode === "backcast" && map.backcast) {
    const from = map.backcast.from;
    const caption = t("map.tableCaptionBackcast", { from });
    const old = (o: MapOutput["rows"][number]["from"][number]) =>
      `${o.unitName} (${o.overall !== null ? formatIndex(o.overall, lang) : o.rank !== null ? t("map.rank", { rank: o.rank }) : "—"})`;
    return (
      <div className="card map-table" tabIndex={0} role="region" aria-label={caption} data-testid="map-figures">
        <table className="table table-compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("map.newUnit")}</th>
              <th scope="col" className="num">
                {t("map.backcastValue")}
              </th>
              <th scope="col">{t("map.fromUnits", { from })}</th>
            </tr>
          </thead>
          <tbody>
            {/* Highest value first; the rest in the units' code order, as the API gives them. */}
            {[...map.rows]
              .sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1))
              .map((r) => (
                <tr key={r.unitId}>
                  <td>{r.unitName}</td>
                  <td className="num">{formatIndex(r.overall, lang)}</td>
                  <td className="small">{r.from.map(old).join(" + ")}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    );
  }
  const caption =
    map.source === "computed" ? t("map.tableCaptionComputed", { year: map.period }) : t("map.tableCaption", { year: map.period });
  return (
    // Scrolls when long (63 rows): reachable by keyboard, named for screen readers.
    <div className="card map-table" tabIndex={0} role="region" aria-label={caption} data-testid="map-figures">
      <table className="table table-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t("rankings.rank")}
            </th>
            <th scope="col">{t("common.province")}</th>
            <th scope="col" className="num">
              {t("common.value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {map.rows.map((r) => (
            <tr key={r.unitId} data-cohort={r.cohort}>
              <td className="num">{r.rank ?? "—"}</td>
              <td>{r.unitName}</td>
              <td className="num">{formatIndex(r.overall, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
