import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { api } from "../api/client";
import { apiErrorOf } from "../api/errors";
import type { Pack } from "@dti/pack-sdk/model";
import { useAssessments, usePack, usePacks, useUnits, type PackSummary } from "../api/hooks";
import { useUser } from "../api/session";
import { DemoBadge, Empty, ErrorState, Loading } from "../components/status";
import { StatusBadge } from "../components/badges";
import { formatDate } from "../format/date";
import { useI18n } from "../i18n/context";
import { errorText } from "../i18n/errors";
import { usePageTitle } from "../components/page-title";
import type { Assessment } from "../api/hooks";
import { InboxPanel } from "./inbox";
import { UnitOptions } from "../components/unit-options";

/** The frameworks that apply to a year: active, with raw inputs, newest version of each pack. */
export function packsForYear(packs: PackSummary[], year: number): PackSummary[] {
  const newest = new Map<string, PackSummary>();
  for (const p of packs) {
    if (p.status !== "active" || p.coverage !== "full" || !p.years.includes(year)) continue;
    const seen = newest.get(p.packId);
    if (!seen || p.createdAt > seen.createdAt) newest.set(p.packId, p);
  }
  return [...newest.values()].sort((a, b) => Math.max(...b.years) - Math.max(...a.years) || a.packId.localeCompare(b.packId));
}

export function Home() {
  const { t } = useI18n();
  const user = useUser();
  usePageTitle(t("home.title"));
  const assessments = useAssessments();
  const packs = usePacks();
  const years = useMemo(() => {
    const set = new Set<number>();
    for (const p of packs.data ?? []) if (p.coverage === "full" && p.status === "active") p.years.forEach((y) => set.add(y));
    for (const a of assessments.data ?? []) set.add(a.period);
    return [...set].sort((a, b) => b - a);
  }, [packs.data, assessments.data]);
  const [year, setYear] = useState<number | "all">("all");
  const shown = (assessments.data ?? []).filter((a) => year === "all" || a.period === year);
  const canCreate = user.role === "national_admin" || user.role === "province_admin";

  return (
    <section>
      <h1>{t("home.title")}</h1>
      <p className="muted">{t(`home.intro.${user.role}`)}</p>
      {user.role !== "viewer" && <InboxPanel />}
      <div className="toolbar">
        <label htmlFor="year-filter">{t("home.year")}</label>
        <select id="year-filter" value={String(year)} onChange={(e) => setYear(e.target.value === "all" ? "all" : Number(e.target.value))}>
          <option value="all">{t("home.allYears")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {assessments.isPending ? (
        <Loading />
      ) : assessments.isError ? (
        <ErrorState error={assessments.error} retry={() => void assessments.refetch()} />
      ) : shown.length === 0 ? (
        <Empty>{t("home.none")}</Empty>
      ) : (
        <table className="table">
          <caption className="sr-only">{t("home.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("common.province")}</th>
              <th scope="col">{t("common.year")}</th>
              <th scope="col">{t("common.framework")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("common.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/assessments/${a.id}`}>{a.unitName}</Link> {a.isDemo && <DemoBadge />}
                </td>
                <td>{a.period}</td>
                <td>
                  {a.pack.id} <span className="muted">v{a.pack.version}</span>
                </td>
                <td>
                  <StatusBadge status={a.status} />
                </td>
                <td>{formatDate(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canCreate && packs.data && <CreateAssessment packs={packs.data} years={years} assessments={assessments.data ?? []} />}
      {canCreate && packs.isError && <ErrorState error={packs.error} retry={() => void packs.refetch()} />}
    </section>
  );
}

/** Whether a pack's content declares a crosswalk from pack id `fromPackId` (so values can be carried from it). */
export function carriesFrom(content: Pick<Pack, "crosswalks"> | undefined, fromPackId: string): boolean {
  return (content?.crosswalks ?? []).some((c) => c.from === fromPackId);
}

/** The latest earlier assessment of the unit (the one a new assessment of `year` can start from). */
export function previousAssessment(assessments: readonly Assessment[], unitId: string, year: number): Assessment | undefined {
  return assessments
    .filter((a) => a.unitId === unitId && a.period < year)
    .sort((a, b) => b.period - a.period || b.updatedAt.localeCompare(a.updatedAt))[0];
}

function CreateAssessment({ packs, years, assessments }: { packs: PackSummary[]; years: number[]; assessments: readonly Assessment[] }) {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = useUnits();
  const [year, setYear] = useState<number>(years[0] ?? new Date().getFullYear() - 1);
  const applicable = packsForYear(packs, year);
  const [packId, setPackId] = useState<string | null>(null);
  const chosen = applicable.find((p) => p.packId === packId) ?? applicable[0];
  const [unitId, setUnitId] = useState<string>(user.unitId ?? "");
  const previous = unitId ? previousAssessment(assessments, unitId, year) : undefined;
  // Another pack carries only through its crosswalk from the previous one (the API maps the values
  // input by input); without one the API refuses (CARRY_FORWARD_UNSUPPORTED), so the option is off.
  const crossPack = previous !== undefined && chosen !== undefined && previous.pack.id !== chosen.packId;
  const chosenDetail = usePack(crossPack ? chosen.id : undefined);
  const crosswalk = crossPack && carriesFrom(chosenDetail.data?.content, previous.pack.id);
  const carryable = previous !== undefined && chosen !== undefined && (!crossPack || crosswalk);
  const [start, setStart] = useState<"empty" | "previous">("previous");
  const carry = carryable && start === "previous";
  const create = useMutation({
    mutationFn: () =>
      api.assessments.create.mutate({
        unitId,
        period: year,
        ...(chosen ? { packId: chosen.packId } : {}),
        ...(carry && previous ? { carryForwardFrom: previous.id } : {}),
      }),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: ["assessments.list"] });
      // What was carried (and what not, with why) is shown once on the entry page.
      void navigate(`/assessments/${a.id}/entry`, a.carriedForward ? { state: { carriedForward: a.carriedForward } } : undefined);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (unitId && chosen) create.mutate();
  };
  return (
    <form className="card create-form" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">{t("home.create")}</h2>
      <div className="form-row">
        {user.role === "national_admin" && (
          <div className="field">
            <label htmlFor="create-unit">{t("common.province")}</label>
            <select id="create-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)} required>
              <option value="">{t("common.choose")}</option>
              <UnitOptions units={(units.data ?? []).filter((u) => u.validTo === null || u.validTo >= `${year}-12-31` || u.isDemo)} />
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="create-year">{t("home.year")}</label>
          <select
            id="create-year"
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              setPackId(null);
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("common.framework")}</legend>
          {applicable.length === 0 && <p className="field-error">{t("home.noFramework", { year })}</p>}
          {applicable.length === 1 && chosen && (
            <p>
              <strong>{chosen.title}</strong> <span className="muted">({t("home.frameworkDefault")})</span>
            </p>
          )}
          {applicable.length > 1 &&
            applicable.map((p) => (
              <label key={p.id} className="radio">
                <input
                  type="radio"
                  name="pack"
                  value={p.packId}
                  checked={chosen?.packId === p.packId}
                  onChange={() => setPackId(p.packId)}
                />
                {p.title} <span className="muted">v{p.version}</span>
              </label>
            ))}
        </fieldset>
        {previous && (
          <fieldset className="field">
            <legend>{t("carry.startLabel")}</legend>
            <label className="radio">
              <input type="radio" name="start" value="empty" checked={!carry} onChange={() => setStart("empty")} /> {t("carry.empty")}
            </label>
            <label className="radio">
              <input
                type="radio"
                name="start"
                value="previous"
                checked={carry}
                disabled={!carryable}
                onChange={() => setStart("previous")}
                aria-describedby="carry-hint"
              />{" "}
              {t("carry.fromPrevious", { year: previous.period })}
            </label>
            <p id="carry-hint" className="hint">
              {!crossPack
                ? t("carry.fromPreviousHint", { year: previous.period })
                : crosswalk
                  ? t("carry.throughCrosswalkHint", { year: previous.period, from: previous.pack.id, to: chosen!.packId })
                  : chosenDetail.isPending
                    ? t("carry.checkingCrosswalk")
                    : t("carry.otherPack", { year: previous.period, pack: previous.pack.id, to: chosen!.packId })}
            </p>
          </fieldset>
        )}
      </div>
      {create.error && (
        <div className="alert alert-error" role="alert">
          {errorText(apiErrorOf(create.error), t)}
        </div>
      )}
      <button type="submit" className="btn btn-primary" disabled={!chosen || !unitId || create.isPending}>
        {create.isPending ? t("common.saving") : t("home.createButton")}
      </button>
    </form>
  );
}
