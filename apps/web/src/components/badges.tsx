import { useI18n } from "../i18n/context";
import type { MessageKey } from "../i18n/messages";

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}` as MessageKey)}</span>;
}
