import { useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { Link, useSearchParams } from "react-router";
import { apiErrorOf } from "../../api/errors";
import { keys, useScore } from "../../api/hooks";
import { SpreadsheetPanel } from "../../entry/spreadsheet-panel";
import { errorText } from "../../i18n/errors";
import { usePageTitle } from "../../components/page-title";
import { EntryField } from "../../entry/field";
import type { EntryStore } from "../../entry/store";
import { useEntryStore } from "../../entry/use-entry-store";
import { formatIndex, formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { compareCodes } from "@dti/conventions";
import type { IndicatorDefinition } from "../../pack/model";
import { useAssessmentContext } from "./context";
import { useUser } from "../../api/session";
import { StatusBadge } from "../../components/badges";

const GENERAL = "A";

export default function Entry() {
  const { detail, model, canEdit } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const a = detail.assessment;
  usePageTitle(t("entry.title", { unit: a.unitName, year: a.period }));
  const [params, setParams] = useSearchParams();
  const user = useUser();
  // Agency staff see the indicators assigned to them; everything else is one click away.
  const [onlyMine, setOnlyMine] = useState(user.role === "agency_contributor");
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const store = useEntryStore(detail, model, lang, generation);
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  const onImported = async () => {
    await queryClient.refetchQueries({ queryKey: keys.assessment(a.id) });
    await queryClient.invalidateQueries({ queryKey: keys.score(a.id) });
    setGeneration((g) => g + 1);
  };
  const score = useScore(a.id);
  const mine = new Set(detail.permissions.indicators);
  const shown = (code: string) => !onlyMine || mine.has(code);
  const sections = [
    ...model.indices
      .filter((i) => (model.byIndex.get(i.code) ?? []).some((ind) => model.fields(ind.code).length > 0 && shown(ind.code)))
      .map((i) => ({ code: i.code, label: `${i.code}. ${l(i.name)}` })),
    { code: GENERAL, label: t("entry.general") },
  ];
  const current = sections.find((s) => s.code === params.get("index"))?.code ?? sections[0]?.code ?? GENERAL;
  const indicators = [...(model.byIndex.get(current) ?? [])].filter((i) => shown(i.code)).sort((x, y) => compareCodes(x.code, y.code));
  const unit = score.data?.result.units[0];

  return (
    <section className="entry">
      <h1>{t("entry.title", { unit: a.unitName, year: a.period })}</h1>
      <div className="entry-summary" aria-live="polite">
        {unit ? (
          <span data-testid="live-total">
            {t("entry.liveScore", {
              points: formatPoints(unit.points, lang),
              max: formatPoints(unit.max, lang),
              value: formatIndex(unit.overall, lang),
            })}
          </span>
        ) : (
          <span className={score.isError ? "field-error" : undefined} role={score.isError ? "alert" : undefined}>
            {score.isError ? `${t("entry.scoreFailed")} ${errorText(apiErrorOf(score.error), t)}` : t("scorecard.computing")}
          </span>
        )}
        <UnsavedCount store={store} />
      </div>
      <SpreadsheetPanel
        assessmentId={a.id}
        canImport={a.status === "open" && mine.size > 0}
        blocked={store.unsaved().length > 0}
        onImported={onImported}
      />
      {user.role === "agency_contributor" && (
        <label className="checkbox">
          <input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} />{" "}
          {t("entry.onlyMine", { n: mine.size })}
        </label>
      )}
      {a.status !== "open" && <p className="alert alert-info">{t("entry.closed", { status: t(`status.${a.status}`) })}</p>}
      {a.status === "open" && mine.size === 0 && <p className="alert alert-info">{t("entry.readOnly")}</p>}
      <div className="entry-layout">
        <nav aria-label={t("entry.sections")} className="side-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.code}>
                <Link
                  to={`?index=${s.code}`}
                  aria-current={s.code === current ? "page" : undefined}
                  onClick={() => setParams({ index: s.code })}
                >
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="entry-main">
          {current === GENERAL ? (
            <GeneralInfo store={store} />
          ) : (
            indicators.map((ind) => (
              <IndicatorCard
                key={ind.code}
                indicator={ind}
                store={store}
                points={unit?.indicators?.[ind.code]?.points}
                readOnly={!canEdit(ind.code)}
              />
            ))
          )}
        </div>
      </div>
    </section>
  );
}

function UnsavedCount({ store }: { store: EntryStore }) {
  const { t } = useI18n();
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  const n = store.unsaved().length;
  return <span className={n > 0 ? "unsaved" : "all-saved"}>{n > 0 ? t("entry.unsaved", { n }) : t("entry.allSaved")}</span>;
}

function IndicatorCard({
  indicator,
  store,
  points,
  readOnly,
}: {
  indicator: IndicatorDefinition;
  store: EntryStore;
  points: number | undefined;
  readOnly: boolean;
}) {
  const { detail, model } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const fields = model.fields(indicator.code);
  const assignment = detail.assignments.find((x) => x.indicatorCode === indicator.code);
  const state = detail.workflow.find((w) => w.indicatorCode === indicator.code);
  const lead = assignment?.leadAgency ?? indicator.leadAgency;
  const coop = assignment?.cooperatingAgencies ?? indicator.cooperatingAgencies;
  const headingId = `ind-${indicator.code.replace(/\./g, "-")}`;
  return (
    <article className="card indicator-card" aria-labelledby={headingId}>
      <header className="indicator-head">
        <h2 id={headingId}>
          <span className="code">{indicator.code}</span> {l(indicator.name)}
        </h2>
        <div className="indicator-meta">
          <span>
            {t("common.points")}: <strong>{points === undefined ? "—" : formatPoints(points, lang)}</strong>/
            {formatPoints(indicator.maxPoints, lang)}
          </span>
          <StatusBadge status={state?.status ?? "draft"} />
          {indicator.provisional && (
            <span className="badge badge-provisional" title={indicator.provisional.reason}>
              {t("common.provisional")}
            </span>
          )}
        </div>
      </header>
      <p className="small">
        <strong>{t("common.leadAgency")}:</strong> {model.agencyName(lead, lang)}
        {coop.length > 0 && (
          <>
            {" · "}
            <strong>{t("common.cooperating")}:</strong> {coop.map((c) => model.agencyName(c, lang)).join(", ")}
          </>
        )}
      </p>
      <details className="method">
        <summary>{t("entry.method")}</summary>
        <p className="pre">{l(indicator.method)}</p>
        {indicator.evidence && (
          <p>
            <strong>{t("entry.evidenceNeeded")}:</strong> {l(indicator.evidence)}
          </p>
        )}
      </details>
      {fields.length === 0 ? (
        <p className="muted">{t("entry.noInputs")}</p>
      ) : (
        <div className="fields">
          {fields.map((f) => (
            <EntryField key={f.input.id} store={store} address={f.address} input={f.input} readOnly={readOnly} idPrefix={headingId} />
          ))}
        </div>
      )}
      {readOnly && detail.assessment.status === "open" && <p className="muted small">{t("entry.notAssigned")}</p>}
      <p>
        <Link to={`/assessments/${detail.assessment.id}/indicators/${indicator.code}`}>{t("entry.detailLink")}</Link>
      </p>
    </article>
  );
}

function GeneralInfo({ store }: { store: EntryStore }) {
  const { model, canEdit } = useAssessmentContext();
  const { t } = useI18n();
  const general = model.pack.inputs.filter((i) => i.generalInfo && i.constant === undefined);
  const users = (id: string) => model.pack.indicators.filter((ind) => ind.inputs.some((x) => x.input === id)).map((ind) => ind.code);
  return (
    <article className="card" aria-labelledby="general-title">
      <h2 id="general-title">{t("entry.general")}</h2>
      <p className="muted">{t("entry.generalIntro")}</p>
      <div className="fields">
        {general.map((input) => (
          <EntryField
            key={input.id}
            store={store}
            address={input.generalInfo!}
            input={input}
            readOnly={!users(input.id).some(canEdit)}
            idPrefix="general"
          />
        ))}
      </div>
    </article>
  );
}
