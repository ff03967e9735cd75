import type { TemplateProblem } from "../api/files";
import { useI18n } from "../i18n/context";

/** The problems in sheet order, each sheet once with its problems in row order (as the API sorted them). */
function bySheet(problems: readonly TemplateProblem[]): [string, TemplateProblem[]][] {
  const groups = new Map<string, TemplateProblem[]>();
  for (const p of problems) groups.set(p.sheet, [...(groups.get(p.sheet) ?? []), p]);
  return [...groups];
}

/**
 * Every problem of an uploaded template — cells that do not read, values out of range, ratios the
 * values break (both sides named) — grouped by sheet, each at its cell, in the user's language, so
 * the officer can correct the file in one go.
 */
export function TemplateProblems({ problems }: { problems: readonly TemplateProblem[] }) {
  const { t, l } = useI18n();
  return (
    <div className="template-problems" data-testid="template-problems">
      <p>{t("sheet.problemsIntro")}</p>
      {bySheet(problems).map(([sheet, list]) => (
        <table key={sheet} className="table table-compact">
          <caption>{t("sheet.sheetProblems", { sheet, n: list.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sheet.cell")}</th>
              <th scope="col">{t("sheet.item")}</th>
              <th scope="col">{t("sheet.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p, i) => (
              <tr key={i} data-code={p.code}>
                <td className="nowrap">{p.cell ?? (p.row ? t("sheet.row", { row: p.row }) : t("sheet.wholeSheet"))}</td>
                <td className="nowrap">{p.address ?? p.inputId ?? "—"}</td>
                <td>
                  {l(p.message)}
                  {p.expected && <span className="muted"> {t("sheet.expected", { expected: l(p.expected) })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
