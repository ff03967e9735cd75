import { AuditTable } from "../../components/audit-table";
import { usePageTitle } from "../../components/page-title";
import { useI18n } from "../../i18n/context";
import { useAssessmentContext } from "./context";

export default function AssessmentAudit() {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  usePageTitle(t("audit.title"));
  return (
    <section>
      <h1>{t("audit.assessmentTitle")}</h1>
      <AuditTable filter={{ assessmentId: detail.assessment.id }} />
    </section>
  );
}
