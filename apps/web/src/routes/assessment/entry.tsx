import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { useState, useSyncExternalStore, type ReactNode } from "react";
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
import { provisionalText } from "../../pack/provisional";
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
  // On a phone the index list is a collapsible section above the form (app.css hides it until opened).
  const [sectionsOpen, setSectionsOpen] = useState(false);
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
  // Each main index's completion: indicators with every input entered (as the page holds them now) and approved ones.
  const approved = new Set(detail.workflow.filter((w) => w.status === "approved").map((w) => w.indicatorCode));
  const indexProgress = (index: string) => {
    const withFields = (model.byIndex.get(index) ?? []).filter((ind) => model.fields(ind.code).length > 0);
    return {
      total: withFields.length,
      entered: withFields.filter((ind) => model.fields(ind.code).every((f) => isEntered(store, f.input.id))).length,
      approved: withFields.filter((ind) => approved.has(ind.code)).length,
    };
  };
  const pendingCarried = carriedPending(detail, store).length;
  const sections = [
    ...model.indices
      .filter((i) => (model.byIndex.get(i.code) ?? []).some((ind) => model.fields(ind.code).length > 0 && shown(ind.code)))
      .map((i) => ({ code: i.code, label: `${i.code}. ${l(i.name)}`, progress: indexProgress(i.code) })),
    { code: GENERAL, label: t("entry.general"), progress: null },
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
        model={model}
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
      {pendingCarried > 0 && (
        <p className="alert alert-info carried-summary">
          <span className="badge badge-carried">{t("carry.badge", { year: carriedYear(detail) ?? "" })}</span>
          {t("carry.pendingSummary", { n: pendingCarried })}
        </p>
      )}
      <div className="entry-layout">
        <nav aria-label={t("entry.sections")} className={sectionsOpen ? "side-nav open" : "side-nav"}>
          <button
            type="button"
            className="side-nav-toggle"
            aria-expanded={sectionsOpen}
            onClick={() => setSectionsOpen((open) => !open)}
            data-testid="sections-toggle"
          >
            {sections.find((s) => s.code === current)?.label ?? t("entry.sections")}
          </button>
          <ul>
            {sections.map((s) => (
              <li key={s.code}>
                <Link
                  to={`?index=${s.code}`}
                  aria-current={s.code === current ? "page" : undefined}
                  onClick={() => {
                    setParams({ index: s.code });
                    setSectionsOpen(false);
                  }}
                >
                  <span className="index-label">{s.label}</span>
                  {s.progress && (
                    <span className="index-progress" data-testid={`progress-${s.code}`}>
                      <span aria-hidden="true">{t("completion.progress", s.progress)}</span>
                      <span className="sr-only">{t("completion.label", s.progress)}</span>
                    </span>
                  )}
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
            <span className="badge badge-provisional" title={provisionalText(indicator.provisional, l).join(" ")}>
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
            <CarriedField key={f.input.id} inputId={f.input.id} address={f.address} store={store} readOnly={readOnly}>
              <EntryField store={store} address={f.address} input={f.input} readOnly={readOnly} idPrefix={headingId} />
            </CarriedField>
          ))}
        </div>
      )}
      {!readOnly && fields.filter((f) => isCarriedPending(detail, store, f.input.id)).length > 1 && (
        <ConfirmCarried indicatorCode={indicator.code} />
      )}
      {readOnly && detail.assessment.status === "open" && <p className="muted small">{t("entry.notAssigned")}</p>}
      <p>
        <Link to={`/assessments/${detail.assessment.id}/indicators/${indicator.code}`}>{t("entry.detailLink")}</Link>
      </p>
    </article>
  );
}

function isEntered(store: EntryStore, inputId: string): boolean {
  const saved = store.get(inputId)?.saved;
  return saved !== null && saved !== undefined && saved !== "";
}

type Detail = ReturnType<typeof useAssessmentContext>["detail"];

/**
 * A value carried from the previous assessment still waiting for confirmation, as far as this page
 * knows: the stored row is marked and the page holds the same version (a change clears the mark).
 */
function isCarriedPending(detail: Detail, store: EntryStore, inputId: string): boolean {
  const row = detail.inputs.find((v) => v.inputId === inputId);
  return row !== undefined && row.carriedPending && store.get(inputId)?.version === row.version;
}

function carriedPending(detail: Detail, store: EntryStore) {
  return detail.inputs.filter((v) => v.carriedPending && store.get(v.inputId)?.version === v.version);
}

function carriedYear(detail: Detail): number | null {
  return detail.inputs.find((v) => v.carriedPending)?.carriedFromPeriod ?? null;
}

function useConfirmCarried() {
  const { detail } = useAssessmentContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { inputIds: string[] } | { indicatorCode: string }) =>
      api.assessments.confirmCarried.mutate({ assessmentId: detail.assessment.id, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.assessment(detail.assessment.id) }),
  });
}

/** A field with its carried-forward mark ("Từ 2022, cần xác nhận") and a button to confirm it. */
function CarriedField({
  inputId,
  address,
  store,
  readOnly,
  children,
}: {
  inputId: string;
  address: string;
  store: EntryStore;
  readOnly: boolean;
  children: ReactNode;
}) {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  const confirm = useConfirmCarried();
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  if (!isCarriedPending(detail, store, inputId)) return <>{children}</>;
  const year = detail.inputs.find((v) => v.inputId === inputId)?.carriedFromPeriod ?? "";
  return (
    <div className="carried-field">
      {children}
      <p className="carried-mark">
        <span className="badge badge-carried">{t("carry.badge", { year })}</span>
        {!readOnly && (
          <button
            type="button"
            className="btn btn-small"
            disabled={confirm.isPending}
            aria-label={t("carry.confirmNamed", { address, year })}
            onClick={() => confirm.mutate({ inputIds: [inputId] })}
          >
            {t("carry.confirm")}
          </button>
        )}
        {confirm.error && (
          <span className="field-error" role="alert">
            {errorText(apiErrorOf(confirm.error), t)}
          </span>
        )}
      </p>
    </div>
  );
}

function ConfirmCarried({ indicatorCode }: { indicatorCode: string }) {
  const { t } = useI18n();
  const confirm = useConfirmCarried();
  return (
    <p>
      <button
        type="button"
        className="btn btn-small"
        disabled={confirm.isPending}
        aria-label={t("carry.confirmAllNamed", { code: indicatorCode })}
        onClick={() => confirm.mutate({ indicatorCode })}
      >
        {t("carry.confirmAll")}
      </button>
      {confirm.error && (
        <span className="field-error" role="alert">
          {" "}
          {errorText(apiErrorOf(confirm.error), t)}
        </span>
      )}
    </p>
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
          <CarriedField
            key={input.id}
            inputId={input.id}
            address={input.generalInfo!}
            store={store}
            readOnly={!users(input.id).some(canEdit)}
          >
            <EntryField
              store={store}
              address={input.generalInfo!}
              input={input}
              readOnly={!users(input.id).some(canEdit)}
              idPrefix="general"
            />
          </CarriedField>
        ))}
      </div>
    </article>
  );
}
