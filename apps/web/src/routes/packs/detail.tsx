import { renderRule } from "@dti/pack-sdk/model";
import { useState } from "react";
import { useParams } from "react-router";
import { usePack } from "../../api/hooks";
import { useUser } from "../../api/session";
import { StatusBadge } from "../../components/badges";
import { usePageTitle } from "../../components/page-title";
import { ErrorState, Loading } from "../../components/status";
import { formatDate } from "../../format/date";
import { formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { compareCodes } from "@dti/conventions";
import { packModel } from "../../pack/model";
import { ScoreDataset } from "./score-dataset";

/** A pack as a developer reads it: indices, indicators, rules as formulas (vi/en), inputs, agencies, provisional items. */
export default function PackDetail() {
  const { packRowId = "" } = useParams();
  const { t, l, lang } = useI18n();
  const pack = usePack(packRowId);
  const user = useUser();
  const [formulaLang, setFormulaLang] = useState<"vi" | "en" | null>(null);
  usePageTitle(pack.data?.title ?? t("packs.title"));
  if (pack.isPending) return <Loading />;
  if (pack.isError) return <ErrorState error={pack.error} retry={() => void pack.refetch()} />;
  const p = pack.data.content;
  const model = packModel(p);
  const fl = formulaLang ?? lang;
  const provisional = p.indicators.filter((i) => i.provisional);
  return (
    <section className="pack-detail">
      <h1>{l(p.meta.title)}</h1>
      <p>
        <code>
          {p.meta.id} v{p.meta.version}
        </code>{" "}
        <StatusBadge status={pack.data.status} /> · {p.meta.legalBasis.decision} ({formatDate(p.meta.legalBasis.date)}) · {t("packs.years")}
        : {p.meta.years.join(", ")} · {t("packs.hash")}: <code>{pack.data.hash.slice(0, 16)}</code>
      </p>
      {pack.data.warnings.length > 0 && (
        <details className="card">
          <summary>{t("packs.warnings", { n: pack.data.warnings.length })}</summary>
          <ul>
            {pack.data.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code> {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {user.role === "national_admin" && p.meta.coverage === "full" && <ScoreDataset packRowId={pack.data.id} years={p.meta.years} />}
      <div className="toolbar">
        <span>{t("packs.formulaLang")}</span>
        <button type="button" className="btn btn-small" aria-pressed={fl === "vi"} onClick={() => setFormulaLang("vi")}>
          Tiếng Việt
        </button>
        <button type="button" className="btn btn-small" aria-pressed={fl === "en"} onClick={() => setFormulaLang("en")}>
          English
        </button>
      </div>
      <h2>{t("packs.indices")}</h2>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">{t("common.code")}</th>
            <th scope="col">{t("scorecard.index")}</th>
            <th scope="col" className="num">
              {t("common.max")}
            </th>
            <th scope="col" className="num">
              {t("packs.indicatorCount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.indices.map((i) => (
            <tr key={i.code}>
              <td>{i.code}</td>
              <td>{l(i.name)}</td>
              <td className="num">{formatPoints(i.maxPoints, lang)}</td>
              <td className="num">{model.byIndex.get(i.code)?.length ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {provisional.length > 0 && (
        <>
          <h2>{t("packs.provisional", { n: provisional.length })}</h2>
          <ul>
            {provisional.map((i) => (
              <li key={i.code}>
                <strong>{i.code}</strong> {l(i.name)} — <span className="muted">{i.provisional!.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t("packs.indicators")}</h2>
      {p.indices.map((index) => (
        <details key={index.code} className="index-group">
          <summary>
            {index.code}. {l(index.name)}
          </summary>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t("common.code")}</th>
                <th scope="col">{t("common.indicator")}</th>
                <th scope="col" className="num">
                  {t("common.max")}
                </th>
                <th scope="col">{t("packs.rule")}</th>
                <th scope="col">{t("common.leadAgency")}</th>
              </tr>
            </thead>
            <tbody>
              {[...(model.byIndex.get(index.code) ?? [])]
                .sort((a, b) => compareCodes(a.code, b.code))
                .map((i) => (
                  <tr key={i.code}>
                    <td>{i.code}</td>
                    <td>
                      {l(i.name)} {i.provisional && <span className="badge badge-provisional">{t("common.provisional")}</span>}
                    </td>
                    <td className="num">{formatPoints(i.maxPoints, lang)}</td>
                    <td className="formula" lang={fl}>
                      {renderRule(i.rule, fl, (id) => model.addressOf(id))}
                    </td>
                    <td>{model.agencyName(i.leadAgency, lang)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      ))}
      <h2>{t("packs.inputs", { n: p.inputs.length })}</h2>
      <details className="index-group">
        <summary>{t("packs.showInputs")}</summary>
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">{t("indicator.address")}</th>
              <th scope="col">{t("packs.inputId")}</th>
              <th scope="col">{t("indicator.input")}</th>
              <th scope="col">{t("packs.unit")}</th>
            </tr>
          </thead>
          <tbody>
            {p.inputs.map((i) => (
              <tr key={i.id}>
                <td>{model.addressOf(i.id)}</td>
                <td>
                  <code>{i.id}</code>
                </td>
                <td>{l(i.label)}</td>
                <td>{i.constant !== undefined ? `${t("packs.constant")} ${i.constant}` : i.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h2>{t("packs.agencies")}</h2>
      <ul className="columns">
        {p.agencies.map((a) => (
          <li key={a.code}>
            <strong>{a.code}</strong> — {l(a.name)}
          </li>
        ))}
      </ul>
    </section>
  );
}
