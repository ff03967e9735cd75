import { useI18n } from "../i18n/context";

/** Download links for a table the API exports as .xlsx and CSV. */
export function Downloads({ label, xlsx, csv }: { label: string; xlsx: string; csv: string }) {
  const { t } = useI18n();
  return (
    <p className="downloads no-print">
      <span className="muted">{label}:</span>{" "}
      <a href={xlsx} download aria-label={`${label}: Excel (.xlsx)`}>
        Excel (.xlsx)
      </a>{" "}
      ·{" "}
      <a href={csv} download aria-label={`${label}: CSV`}>
        CSV
      </a>
      <span className="sr-only"> {t("common.download")}</span>
    </p>
  );
}
