import { useState, type FormEvent } from "react";
import { AuditTable } from "../../components/audit-table";
import { usePageTitle } from "../../components/page-title";
import { useI18n } from "../../i18n/context";

/** The whole append-only log for national admins, filterable by entity. */
export default function Audit() {
  const { t } = useI18n();
  usePageTitle(t("audit.title"));
  const [entity, setEntity] = useState("");
  const [applied, setApplied] = useState("");
  return (
    <section>
      <h1>{t("audit.title")}</h1>
      <form
        className="toolbar"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setApplied(entity.trim());
        }}
      >
        <label htmlFor="audit-entity">{t("audit.entity")}</label>
        <input id="audit-entity" value={entity} onChange={(e) => setEntity(e.target.value)} placeholder="input_value, assessment, user…" />
        <button type="submit" className="btn">
          {t("common.filter")}
        </button>
      </form>
      <AuditTable filter={applied ? { entity: applied } : {}} />
    </section>
  );
}
