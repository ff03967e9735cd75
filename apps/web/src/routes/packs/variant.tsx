import { useMutation } from "@tanstack/react-query";
import { useMemo, useState, type ChangeEvent, type FormEvent } from "react";
import { api, type RouterOutputs } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { usePacks } from "../../api/hooks";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";
import type { Lang } from "../../format/number";

export type VariantAnswer = RouterOutputs["variants"]["score"];

/** The prefilled example: 7.1 (digital economy share of GRDP) reaches full points at 15% instead of 20%. */
export function exampleVariant(base: string): string {
  return JSON.stringify(
    {
      format: "dti-variant@1",
      id: "lower-7-1-target",
      base,
      title: {
        vi: "Hạ ngưỡng 7.1 (tỷ trọng kinh tế số trong GRDP) từ 20% xuống 15%",
        en: "Lower 7.1's target (digital economy share of GRDP) from 20% to 15%",
      },
      changes: [{ op: "set_threshold", indicator: "7.1", value: 0.15 }],
    },
    null,
    2,
  );
}

/** A difference with its sign ("+0,0125", "−0,0040", "0,0000"). */
export function signed(text: string, value: number): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text.replace(/^[-−]/, "")}`;
  return text;
}

export function deltaIndex(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return "—";
  const rounded = Math.round(value * 10_000) / 10_000;
  return signed(formatIndex(Math.abs(rounded), lang), rounded);
}

export function deltaRank(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "0";
}

function ComparisonTable({ answer }: { answer: VariantAnswer }) {
  const { t, lang } = useI18n();
  const rows = [...answer.comparison.units].sort((a, b) => (a.to?.rank ?? 1e9) - (b.to?.rank ?? 1e9) || a.code.localeCompare(b.code));
  const changed = rows.filter((r) => r.delta.overall !== null && Math.abs(r.delta.overall) >= 0.00005).length;
  return (
    <>
      <p role="status">{t("variant.summary", { changed, total: rows.length })}</p>
      <table className="table" data-testid="variant-table">
        <caption className="sr-only">{t("variant.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("common.province")}</th>
            <th scope="col" className="num">
              {t("variant.officialValue")}
            </th>
            <th scope="col" className="num">
              {t("variant.officialRank")}
            </th>
            <th scope="col" className="num">
              {t("variant.variantValue")}
            </th>
            <th scope="col" className="num">
              {t("variant.variantRank")}
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
            <tr key={r.code}>
              <th scope="row">{r.name ?? r.code}</th>
              <td className="num">{formatIndex(r.from?.overall, lang)}</td>
              <td className="num">{r.from?.rank ?? "—"}</td>
              <td className="num">{formatIndex(r.to?.overall, lang)}</td>
              <td className="num">{r.to?.rank ?? "—"}</td>
              <td className="num">{deltaIndex(r.delta.overall, lang)}</td>
              <td className="num">{deltaRank(r.delta.rank)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("variant.sameData")}</p>
    </>
  );
}

/**
 * "What if": a dti-variant@1 overlay applied to an active framework, the year's assessments scored
 * under both, side by side (national admins only).
 */
export default function VariantPage() {
  const { t } = useI18n();
  usePageTitle(t("variant.title"));
  const packs = usePacks();
  const usable = useMemo(() => (packs.data ?? []).filter((p) => p.status === "active" && p.coverage === "full"), [packs.data]);
  const [packRow, setPackRow] = useState<string | null>(null);
  const chosen = usable.find((p) => p.id === packRow) ?? usable[0];
  const [year, setYear] = useState<number | null>(null);
  const period =
    year !== null && chosen?.years.includes(year)
      ? year
      : chosen
        ? chosen.years.includes(2022)
          ? 2022
          : chosen.years[chosen.years.length - 1]!
        : null;
  const [text, setText] = useState<string | null>(null);
  const overlay = text ?? exampleVariant(chosen?.packId ?? "dti-province-2022");
  const [jsonError, setJsonError] = useState<string | null>(null);
  const score = useMutation({
    mutationFn: (input: { packId: string; period: number; variant: unknown }) => api.variants.score.mutate(input),
  });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) setText(await file.text());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setJsonError(null);
    if (!chosen || period === null) return;
    let variant: unknown;
    try {
      variant = JSON.parse(overlay);
    } catch (error) {
      setJsonError(t("variant.notJson", { message: error instanceof Error ? error.message : String(error) }));
      return;
    }
    score.mutate({ packId: chosen.id, period, variant });
  };

  if (packs.isPending) return <Loading />;
  if (packs.isError) return <ErrorState error={packs.error} retry={() => void packs.refetch()} />;
  if (!chosen || period === null) return <Empty>{t("variant.noPack")}</Empty>;
  const failure = score.error ? apiErrorOf(score.error) : null;

  return (
    <section>
      <h1>{t("variant.title")}</h1>
      <p className="muted">{t("variant.intro")}</p>
      <form className="card" onSubmit={submit}>
        <div className="toolbar">
          <label htmlFor="variant-pack">{t("common.framework")}</label>
          <select id="variant-pack" value={chosen.id} onChange={(e) => setPackRow(e.target.value)}>
            {usable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.packId} v{p.version}
              </option>
            ))}
          </select>
          <label htmlFor="variant-year">{t("common.year")}</label>
          <select id="variant-year" value={period} onChange={(e) => setYear(Number(e.target.value))}>
            {chosen.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <label htmlFor="variant-json">{t("variant.overlay")}</label>
        <textarea
          id="variant-json"
          className="code-input"
          rows={14}
          spellCheck={false}
          value={overlay}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="variant-json-help"
        />
        <p id="variant-json-help" className="muted">
          {t("variant.overlayHelp")}
        </p>
        <label htmlFor="variant-file">{t("variant.file")}</label>
        <input id="variant-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        <div className="button-row">
          <button type="submit" className="btn btn-primary" disabled={score.isPending}>
            {score.isPending ? t("variant.scoring") : t("variant.score")}
          </button>
          <button type="button" className="btn" onClick={() => setText(null)}>
            {t("variant.resetExample")}
          </button>
        </div>
        {jsonError && (
          <p className="field-error" role="alert">
            {jsonError}
          </p>
        )}
      </form>
      {score.isPending && <Loading label={t("variant.scoring")} />}
      {failure && failure.code === "VARIANT_INVALID" ? (
        <div className="alert alert-error" role="alert" data-testid="variant-problems">
          <strong>{t("variant.invalid", { n: failure.fields.length })}</strong>
          <ul>
            {failure.fields.map((f, i) => (
              <li key={i}>
                <code>{failure.code}</code> <code>{f.path}</code> {f.message}
                {f.expected ? ` (${t("variant.expected")}: ${f.expected})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : failure ? (
        <ErrorState error={score.error} title={t("variant.failed")} />
      ) : null}
      {score.data && !score.isPending && <ComparisonTable answer={score.data} />}
    </section>
  );
}
