import { useState } from "react";
import { AuditFilters, AuditTable } from "../../components/audit-table";
import { usePageTitle } from "../../components/page-title";
import { useI18n } from "../../i18n/context";
import { useAssessmentContext } from "./context";

type Filter = Parameters<typeof AuditFilters>[0]["onApply"] extends (f: infer F) => void ? F : never;

/** The assessment's log in words, filtered by user, action, indicator and days (province admin, national admin). */
export default function AssessmentAudit() {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  usePageTitle(t("audit.title"));
  const [filter, setFilter] = useState<Filter>({});
  return (
    <section>
      <h1>{t("audit.assessmentTitle")}</h1>
      <AuditFilters idPrefix="assessment-audit" onApply={setFilter} />
      <AuditTable filter={{ ...filter, assessmentId: detail.assessment.id }} />
    </section>
  );
}
