import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ErrorState, Loading } from "../../components/status";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { deltaIndex, deltaRank } from "./variant";

/**
 * A pack developer's check of a draft: the year's assessments scored with it, beside the active pack
 * it revises, with the difference for each (national admins; packs that score raw inputs).
 */
export function ScoreDataset({ packRowId, years }: { packRowId: string; years: readonly number[] }) {
  const { t, lang } = useI18n();
  const [year, setYear] = useState<number>(years.includes(2022) ? 2022 : years[years.length - 1]!);
  const [run, setRun] = useState<number | null>(null);
  const scored = useQuery({
    queryKey: ["packs.scoreDataset", packRowId, run],
    queryFn: () => api.packs.scoreDataset.query({ packRowId, period: run! }),
    enabled: run !== null,
    retry: false,
  });
  const data = scored.data;
  const rows = data
    ? data.assessments.map((a) => {
        const draft = data.result.units.find((u) => u.code === a.unitId);
        const cmp = data.comparison?.units.find((u) => u.code === a.unitId);
        return { ...a, draft, revised: cmp?.from ?? null, delta: cmp?.delta ?? null };
      })
    : [];
  return (
    <section className="card" aria-labelledby="score-dataset-title">
      <h2 id="score-dataset-title">{t("scoreDataset.title")}</h2>
      <p className="muted">{t("scoreDataset.intro")}</p>
      <div className="toolbar">
        <label htmlFor="score-dataset-year">{t("common.year")}</label>
        <select id="score-dataset-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => (run === year ? void scored.refetch() : setRun(year))}
          disabled={scored.isFetching}
        >
          {t("scoreDataset.run")}
        </button>
      </div>
      {run !== null && scored.isPending ? (
        <Loading label={t("scoreDataset.scoring")} />
      ) : scored.isError ? (
        <ErrorState error={scored.error} retry={() => void scored.refetch()} />
      ) : data ? (
        <>
          <p role="status">
            {data.revises
              ? t("scoreDataset.beside", { n: data.assessments.length, version: `${data.revises.packId} v${data.revises.version}` })
              : t("scoreDataset.noRevised", { n: data.assessments.length })}
          </p>
          <table className="table" data-testid="score-dataset-table">
            <caption className="sr-only">{t("scoreDataset.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("common.province")}</th>
                <th scope="col" className="num">
                  {t("scoreDataset.draftValue", { version: data.pack.version })}
                </th>
                <th scope="col" className="num">
                  {t("scoreDataset.draftRank")}
                </th>
                <th scope="col" className="num">
                  {data.revises ? t("scoreDataset.revisedValue", { version: data.revises.version }) : t("scoreDataset.revisedNone")}
                </th>
                <th scope="col" className="num">
                  {t("variant.deltaValue")}
                </th>
                <th scope="col" className="num">
                  {t("variant.deltaRank")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.assessmentId}>
                  <th scope="row">{r.unitName}</th>
                  <td className="num">{formatIndex(r.draft?.overall, lang)}</td>
                  <td className="num">{r.draft?.rank ?? "—"}</td>
                  <td className="num">{formatIndex(r.revised?.overall, lang)}</td>
                  <td className="num">{deltaIndex(r.delta?.overall, lang)}</td>
                  <td className="num">{deltaRank(r.delta?.rank)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.warnings.length > 0 && (
            <details>
              <summary>{t("scoreDataset.warnings", { n: data.warnings.length })}</summary>
              <ul>
                {data.warnings.map((w, i) => (
                  <li key={i}>
                    {data.assessments.find((a) => a.assessmentId === w.assessmentId)?.unitName ?? w.unitId}:{" "}
                    {t(w.pack === "draft" ? "scoreDataset.unknownDraft" : "scoreDataset.unknownRevised")}{" "}
                    <code>{w.inputIds.join(", ")}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : null}
    </section>
  );
}
