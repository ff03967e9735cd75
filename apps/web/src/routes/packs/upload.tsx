import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { keys } from "../../api/hooks";
import { usePageTitle } from "../../components/page-title";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";

interface Issue {
  code: string;
  path: string;
  message: string;
}

/** Upload a draft bundle (`dti pack build`), see every problem the engine finds, activate it when clean. */
export default function PackUpload() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  usePageTitle(t("packs.upload"));
  const fileRef = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (bundle: { format: "dti-pack-bundle@1"; pack: unknown }) => api.packs.upload.mutate({ bundle }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.packs() }),
  });
  const activate = useMutation({
    mutationFn: (id: string) => api.packs.activate.mutate({ id }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.packs() }),
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setReadError(null);
    const file = fileRef.current?.files?.[0];
    if (!file) return setReadError(t("packs.chooseFile"));
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch {
      return setReadError(t("packs.notJson"));
    }
    upload.mutate(bundle as { format: "dti-pack-bundle@1"; pack: unknown });
  };
  const failure = upload.error ? apiErrorOf(upload.error) : null;
  const report = upload.data?.report ?? (failure?.details?.report as { errors: Issue[]; warnings: Issue[] } | undefined) ?? null;
  return (
    <section>
      <h1>{t("packs.upload")}</h1>
      <p className="muted">{t("packs.uploadIntro")}</p>
      <form className="card" onSubmit={(e) => void submit(e)}>
        <label htmlFor="bundle">{t("packs.bundleFile")}</label>
        <input id="bundle" type="file" accept=".json,application/json" ref={fileRef} />
        <button type="submit" className="btn btn-primary" disabled={upload.isPending}>
          {upload.isPending ? t("packs.validating") : t("packs.validateUpload")}
        </button>
        {readError && (
          <p className="field-error" role="alert">
            {readError}
          </p>
        )}
      </form>
      {failure && (
        <p className="alert alert-error" role="alert">
          {errorText(failure, t)}
        </p>
      )}
      {report && (
        <div className="card" aria-live="polite">
          <h2>{t("packs.report")}</h2>
          <p>{t("packs.reportSummary", { errors: report.errors.length, warnings: report.warnings.length })}</p>
          {[...report.errors.map((i) => ({ ...i, level: "error" })), ...report.warnings.map((i) => ({ ...i, level: "warning" }))].length >
            0 && (
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t("packs.level")}</th>
                  <th scope="col">{t("common.code")}</th>
                  <th scope="col">{t("packs.path")}</th>
                  <th scope="col">{t("packs.message")}</th>
                </tr>
              </thead>
              <tbody>
                {[
                  ...report.errors.map((i) => ({ ...i, level: "error" as const })),
                  ...report.warnings.map((i) => ({ ...i, level: "warning" as const })),
                ].map((i, n) => (
                  <tr key={n} className={i.level === "error" ? "row-error" : ""}>
                    <td>{i.level === "error" ? t("packs.error") : t("packs.warning")}</td>
                    <td>
                      <code>{i.code}</code>
                    </td>
                    <td>
                      <code>{i.path}</code>
                    </td>
                    <td>{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {upload.data?.pack && (
        <div className="card">
          <p>
            {upload.data.created ? t("packs.storedDraft") : t("packs.alreadyStored")}{" "}
            <Link to={`/packs/${upload.data.pack.id}`}>{upload.data.pack.title}</Link>
          </p>
          {upload.data.pack.status === "draft" && (
            <button
              type="button"
              className="btn"
              onClick={() => activate.mutate(upload.data!.pack!.id)}
              disabled={activate.isPending || activate.isSuccess}
            >
              {activate.isSuccess ? t("packs.activated") : t("packs.activate")}
            </button>
          )}
          {activate.error && <p className="alert alert-error">{errorText(apiErrorOf(activate.error), t)}</p>}
        </div>
      )}
    </section>
  );
}
