import { useLocation } from "react-router";
import type { CarriedForward, CarrySkip } from "../api/hooks";
import { formatNumber } from "../format/number";
import { useI18n } from "../i18n/context";
import type { PackModel } from "../pack/model";

/** Short lists open by themselves; a long one stays folded under its count. */
const OPEN_UP_TO = 10;

/**
 * The inputs a carry did not fill, each with why (the API says it in Vietnamese and English), under
 * the new pack's label where it has one (an input of the earlier pack shows its id only).
 */
export function SkippedInputs({ skipped, model }: { skipped: readonly CarrySkip[]; model: PackModel }) {
  const { t, l, lang } = useI18n();
  if (skipped.length === 0) return null;
  return (
    <details className="carry-skipped" open={skipped.length <= OPEN_UP_TO}>
      <summary>{t("carry.skippedTitle", { n: formatNumber(skipped.length, lang) })}</summary>
      <table className="table table-compact" data-testid="carry-skipped">
        <thead>
          <tr>
            <th scope="col">{t("carry.skippedInput")}</th>
            <th scope="col">{t("carry.skippedWhy")}</th>
          </tr>
        </thead>
        <tbody>
          {skipped.map((s) => {
            const input = model.input.get(s.inputId);
            return (
              <tr key={`${s.code}:${s.inputId}`}>
                <td>
                  {input ? `${model.addressOf(s.inputId)} ${l(input.label)}` : s.inputId}{" "}
                  {input && <code className="muted">{s.inputId}</code>}
                </td>
                <td>{l(s.text)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

/**
 * Right after an assessment was created from an earlier one (the create answer, passed in the
 * navigation state): how many values were carried, through which mapping, and what was not, with why.
 * Shown once; the "to confirm" marks on the values stay until each is confirmed or changed.
 */
export function CarryReport({ model }: { model: PackModel }) {
  const { t, lang } = useI18n();
  const state = useLocation().state as { carriedForward?: CarriedForward } | null;
  const report = state?.carriedForward;
  if (!report) return null;
  const params = { n: formatNumber(report.values, lang), year: report.fromPeriod, pack: report.fromPack };
  return (
    <section className="alert alert-info carry-report" data-testid="carry-report" role="status">
      <p>{t(report.mapping === "crosswalk" ? "carry.reportCrosswalk" : "carry.report", params)}</p>
      <SkippedInputs skipped={report.skipped} model={model} />
    </section>
  );
}
