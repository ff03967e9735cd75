import { useMemo } from "react";
import { NavLink, Outlet, useParams } from "react-router";
import { useAssessment, usePack } from "../../api/hooks";
import { useUser } from "../../api/session";
import { DemoBanner } from "../../app/shell";
import { StatusBadge } from "../../components/badges";
import { ErrorState, Loading } from "../../components/status";
import { useI18n } from "../../i18n/context";
import { packModel } from "../../pack/model";
import type { AssessmentContext } from "./context";

/** One assessment's screens share its detail and its pack; each tab is its own route. */
export default function AssessmentLayout() {
  const { assessmentId = "" } = useParams();
  const { t, l } = useI18n();
  const user = useUser();
  const detail = useAssessment(assessmentId);
  const pack = usePack(detail.data?.assessment.pack.rowId);
  const model = useMemo(() => (pack.data ? packModel(pack.data.content) : null), [pack.data]);

  if (detail.isPending || (detail.data && pack.isPending)) return <Loading />;
  if (detail.isError) return <ErrorState error={detail.error} retry={() => void detail.refetch()} />;
  if (pack.isError || !model || !detail.data) return <ErrorState error={pack.error} retry={() => void pack.refetch()} />;

  const d = detail.data;
  const a = d.assessment;
  const editable = new Set(d.permissions.indicators);
  const context: AssessmentContext = { detail: d, model, canEdit: (code) => a.status === "open" && editable.has(code) };
  const base = `/assessments/${a.id}`;
  const tabs = [
    { to: base, label: t("tab.scorecard"), end: true },
    { to: `${base}/entry`, label: t("tab.entry") },
    { to: `${base}/gains`, label: t("tab.gains") },
    { to: `${base}/plan`, label: t("tab.plan") },
    ...(d.permissions.review || d.permissions.manage || d.permissions.lock ? [{ to: `${base}/review`, label: t("tab.review") }] : []),
    { to: `${base}/report`, label: t("tab.report") },
    ...(d.permissions.manage || user.role === "national_admin" ? [{ to: `${base}/audit`, label: t("tab.audit") }] : []),
  ];
  return (
    <div className="assessment">
      {a.isDemo && !user.isDemo && <DemoBanner />}
      <div className="assessment-head">
        <p className="eyebrow">
          {t("assessment.eyebrow", { year: a.period })} · {model.pack.meta.legalBasis.decision}
        </p>
        <p className="assessment-title">
          <strong>{a.unitName}</strong> <StatusBadge status={a.status} />
        </p>
        <p className="muted small">
          {t("common.framework")}: {l(model.pack.meta.title)} ({a.pack.id} v{a.pack.version})
        </p>
      </div>
      <nav aria-label={t("tab.label")} className="tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end ?? false}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </div>
  );
}
