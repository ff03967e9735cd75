import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, type RouterOutputs } from "../../api/client";
import { ErrorState, Loading } from "../../components/status";
import { formatIndex, formatNumber, formatPercent } from "../../format/number";
import { useI18n } from "../../i18n/context";

export type SensitivityAnswer = RouterOutputs["variants"]["sensitivity"];

/** A rank band as a small bar: 1 at the left, the cohort's last rank at the right; the official rank as a tick. */
function BandBar({ band, official, of }: { band: SensitivityAnswer["result"]["units"][number]["band"]; official: number; of: number }) {
  const x = (rank: number) => (of <= 1 ? 0 : ((rank - 1) / (of - 1)) * 100);
  return (
    <svg className="rank-band" viewBox="-2 0 104 12" width="160" height="14" aria-hidden="true" preserveAspectRatio="none">
      <line x1="0" x2="100" y1="6" y2="6" className="rank-band-axis" />
      <rect x={x(band.p5)} width={Math.max(1.2, x(band.p95) - x(band.p5))} y="2" height="8" className="rank-band-range" />
      <line x1={x(band.median)} x2={x(band.median)} y1="1" y2="11" className="rank-band-median" />
      <circle cx={x(official)} cy="6" r="1.8" className="rank-band-official" />
    </svg>
  );
}

/**
 * "How stable is a rank?": the stored assessments of a year ranked again under seeded draws of the
 * alternatives a framework declares; each unit's 5–95 % band and the alternatives that move ranks most.
 */
export function SensitivityPanel({ packs }: { packs: { rowId: string; packId: string; version: string; years: number[] }[] }) {
  const { t, lang, l } = useI18n();
  const [row, setRow] = useState(packs[0]?.rowId);
  const chosen = packs.find((p) => p.rowId === row) ?? packs[0];
  const [year, setYear] = useState<number | null>(null);
  const period = chosen
    ? year !== null && chosen.years.includes(year)
      ? year
      : chosen.years.includes(2022)
        ? 2022
        : chosen.years.at(-1)!
    : null;
  const [runs, setRuns] = useState(1000);
  const [seed, setSeed] = useState(1);
  const run = useMutation({
    mutationFn: (input: { packId: string; period: number; runs: number; seed: number }) => api.variants.sensitivity.mutate(input),
  });
  if (!chosen || period === null) return <p className="muted">{t("sensitivity.none")}</p>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate({ packId: chosen.rowId, period, runs, seed });
  };
  const answer = run.data;
  const n = answer?.result.units.length ?? 0;
  const kind = (k: string) => t(`sensitivity.kind.${k as "weight" | "threshold" | "normalisation"}`);
  const value = (v: number | string) => (typeof v === "number" ? formatNumber(v, lang) : v);
  return (
    <section className="card" data-testid="sensitivity-panel" aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">{t("sensitivity.title")}</h2>
      <p className="muted">{t("sensitivity.intro")}</p>
      <form className="toolbar" onSubmit={submit}>
        <label htmlFor="sensitivity-pack">{t("sensitivity.pack")}</label>
        <select id="sensitivity-pack" value={chosen.rowId} onChange={(e) => setRow(e.target.value)}>
          {packs.map((p) => (
            <option key={p.rowId} value={p.rowId}>
              {p.packId} v{p.version}
            </option>
          ))}
        </select>
        <label htmlFor="sensitivity-year">{t("common.year")}</label>
        <select id="sensitivity-year" value={period} onChange={(e) => setYear(Number(e.target.value))}>
          {chosen.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor="sensitivity-runs">{t("sensitivity.runs")}</label>
        <input id="sensitivity-runs" type="number" min={1} max={5000} value={runs} onChange={(e) => setRuns(Number(e.target.value))} />
        <label htmlFor="sensitivity-seed">{t("sensitivity.seed")}</label>
        <input id="sensitivity-seed" type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
        <button type="submit" className="btn btn-primary" disabled={run.isPending}>
          {run.isPending ? t("sensitivity.running") : t("sensitivity.run")}
        </button>
      </form>
      {run.isPending && <Loading label={t("sensitivity.running")} />}
      {run.error && <ErrorState error={run.error} title={t("sensitivity.failed")} />}
      {answer && !run.isPending && (
        <>
          <p className="alert alert-info">{l(answer.result.note)}</p>
          <p role="status">
            {t("sensitivity.summary", {
              runs: answer.result.runs,
              seed: answer.result.seed,
              units: n,
              ms: answer.elapsedMs,
              moving: answer.result.units.filter((u) => u.band.min !== u.band.max).length,
            })}
          </p>
          {answer.warnings.length > 0 && <p className="muted">{t("sensitivity.left", { n: answer.warnings.length })}</p>}
          <table className="table table-compact" data-testid="sensitivity-bands">
            <thead>
              <tr>
                <th scope="col">{t("common.province")}</th>
                <th scope="col" className="num">
                  DTI
                </th>
                <th scope="col" className="num">
                  {t("sensitivity.official")}
                </th>
                <th scope="col" className="num">
                  {t("sensitivity.band")}
                </th>
                <th scope="col" className="num">
                  {t("sensitivity.median")}
                </th>
                <th scope="col" className="num">
                  {t("sensitivity.range")}
                </th>
                <th scope="col" className="num">
                  {t("sensitivity.same")}
                </th>
                <th scope="col">{t("sensitivity.chart")}</th>
              </tr>
            </thead>
            <tbody>
              {answer.result.units.map((u) => (
                <tr key={u.code}>
                  <th scope="row">{u.name ?? u.code}</th>
                  <td className="num">{formatIndex(u.official.overall, lang)}</td>
                  <td className="num">{u.official.rank}</td>
                  <td className="num">{u.band.p5 === u.band.p95 ? u.band.p5 : `${u.band.p5}–${u.band.p95}`}</td>
                  <td className="num">{u.band.median}</td>
                  <td className="num">{u.band.min === u.band.max ? u.band.min : `${u.band.min}–${u.band.max}`}</td>
                  <td className="num">{formatPercent(u.sameRank, lang)}</td>
                  <td>
                    <BandBar band={u.band} official={u.official.rank} of={n} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t("sensitivity.legend")}</p>
          <h3>{t("sensitivity.alternatives")}</h3>
          <table className="table table-compact" data-testid="sensitivity-alternatives">
            <thead>
              <tr>
                <th scope="col">{t("sensitivity.alternative")}</th>
                <th scope="col">{t("sensitivity.appliesTo")}</th>
                <th scope="col">{t("sensitivity.kind")}</th>
                <th scope="col">{t("sensitivity.values")}</th>
                <th scope="col" className="num">
                  {t("sensitivity.mean")}
                </th>
                <th scope="col" className="num">
                  {t("sensitivity.max")}
                </th>
                <th scope="col">{t("compare.note")}</th>
              </tr>
            </thead>
            <tbody>
              {answer.result.alternatives.map((a) => (
                <tr key={a.id}>
                  <td>
                    <code>{a.id}</code>
                  </td>
                  <td>{a.indicator ?? a.index}</td>
                  <td>{kind(a.kind)}</td>
                  <td>
                    {value(a.official)} → {a.options.map(value).join("; ")}
                  </td>
                  <td className="num">{formatNumber(a.influence.meanAbsRankChange, lang, 2)}</td>
                  <td className="num">{a.influence.maxAbsRankChange}</td>
                  <td className="small">{l(a.note)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
