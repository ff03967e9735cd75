import type { TemplateConflict } from "../api/files";
import { formatDateTime } from "../format/date";
import { formatNumber } from "../format/number";
import { useI18n } from "../i18n/context";
import type { PackModel } from "../pack/model";

/**
 * The values of an imported template that were not written because someone changed them after the
 * template was downloaded: each with its address and label, the file's value, the current one, who
 * changed it and when — the current values are kept, nothing is silently undone.
 */
export function TemplateConflicts({ conflicts, model }: { conflicts: readonly TemplateConflict[]; model: PackModel }) {
  const { t, l, lang } = useI18n();
  const shown = (inputId: string, value: TemplateConflict["currentValue"]) => {
    if (value === null || value === undefined) return "—";
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (typeof value === "number") return formatNumber(value, lang, 10);
    const option = model.input.get(inputId)?.options?.find((o) => o.value === value);
    return option ? l(option.label) : value;
  };
  return (
    <div className="alert alert-warn" role="status" data-testid="template-conflicts">
      <p>
        <strong>{t("sheet.conflicts", { n: conflicts.length })}</strong>
      </p>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">{t("sheet.conflictItem")}</th>
            <th scope="col" className="num">
              {t("sheet.inFile")}
            </th>
            <th scope="col" className="num">
              {t("sheet.current")}
            </th>
            <th scope="col">{t("sheet.changedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.inputId}>
              <td>
                <strong>{model.addressOf(c.inputId)}</strong> {l(model.input.get(c.inputId)?.label) || c.inputId}
              </td>
              <td className="num">{shown(c.inputId, c.templateValue)}</td>
              <td className="num">{shown(c.inputId, c.currentValue)}</td>
              <td>
                {c.updatedBy ?? t("sheet.someone")}, {formatDateTime(c.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("sheet.conflictsHint")}</p>
    </div>
  );
}
