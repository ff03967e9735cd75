import { useState } from "react";
import { AuditFilters, AuditTable } from "../../components/audit-table";
import { usePageTitle } from "../../components/page-title";
import { useI18n } from "../../i18n/context";

type Filter = Parameters<typeof AuditTable>[0]["filter"];

/** The whole append-only log for national admins, in words, filtered by user, action, indicator and days. */
export default function Audit() {
  const { t } = useI18n();
  usePageTitle(t("audit.title"));
  const [filter, setFilter] = useState<Filter>({});
  return (
    <section>
      <h1>{t("audit.title")}</h1>
      <AuditFilters idPrefix="audit" onApply={setFilter} />
      <AuditTable filter={filter} />
    </section>
  );
}
