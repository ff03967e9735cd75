import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { formatDateTime } from "../../format/date";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import { useAssessmentContext } from "./context";

/** Immutable score snapshots, pinned to the pack's hash: what was reported, kept as it was. */
export function Snapshots() {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const a = detail.assessment;
  const list = useQuery({
    queryKey: ["assessments.snapshots", a.id],
    queryFn: () => api.assessments.snapshots.query({ assessmentId: a.id }),
  });
  const take = useMutation({
    mutationFn: () => api.assessments.snapshot.mutate({ assessmentId: a.id }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["assessments.snapshots", a.id] }),
  });
  return (
    <div className="card no-print">
      <h2>{t("snapshot.title")}</h2>
      <p className="muted small">{t("snapshot.intro")}</p>
      {list.data && list.data.length > 0 ? (
        <ul className="small">
          {list.data.map((s) => (
            <li key={s.id}>
              {formatDateTime(s.createdAt)} · <code>{s.packHash.slice(0, 12)}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t("snapshot.none")}</p>
      )}
      {detail.permissions.manage && (
        <button type="button" className="btn" onClick={() => take.mutate()} disabled={take.isPending}>
          {t("snapshot.take")}
        </button>
      )}
      {take.error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(take.error), t)}
        </p>
      )}
    </div>
  );
}
