import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api } from "../api/client";
import { apiErrorOf } from "../api/errors";
import { useUser } from "../api/session";
import { usePageTitle } from "../components/page-title";
import { useI18n } from "../i18n/context";
import { errorText } from "../i18n/errors";
import type { MessageKey } from "../i18n/messages";

/** The signed-in user's account: who they are, and a new password (other sessions are closed). */
export default function Account() {
  const { t } = useI18n();
  const user = useUser();
  usePageTitle(t("account.title"));
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => api.auth.changePassword.mutate({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent("");
      setNext("");
      setAgain("");
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== again);
    if (next === again) change.mutate();
  };
  return (
    <section>
      <h1>{t("account.title")}</h1>
      <dl className="facts">
        <dt>{t("users.name")}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t("auth.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("users.role")}</dt>
        <dd>{t(`role.${user.role}` as MessageKey)}</dd>
        {user.agency && (
          <>
            <dt>{t("users.agency")}</dt>
            <dd>{user.agency}</dd>
          </>
        )}
      </dl>
      <form className="card narrow-card" onSubmit={submit} aria-labelledby="pw-title">
        <h2 id="pw-title">{t("account.changePassword")}</h2>
        <div className="field">
          <label htmlFor="pw-current">{t("account.current")}</label>
          <input
            id="pw-current"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="pw-new">{t("account.new")}</label>
          <input
            id="pw-new"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            required
            aria-describedby="pw-new-hint"
          />
          <p id="pw-new-hint" className="hint">
            {t("users.passwordHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="pw-again">{t("account.again")}</label>
          <input
            id="pw-again"
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
            required
            aria-invalid={mismatch || undefined}
            aria-describedby={mismatch ? "pw-again-error" : undefined}
          />
          {mismatch && (
            <p id="pw-again-error" className="field-error">
              {t("account.mismatch")}
            </p>
          )}
        </div>
        {change.error && (
          <p className="alert alert-error" role="alert">
            {apiErrorOf(change.error).code === "LOGIN_FAILED" ? t("account.wrongCurrent") : errorText(apiErrorOf(change.error), t)}
          </p>
        )}
        {change.isSuccess && (
          <p className="ok" role="status">
            {t("account.changed")}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={change.isPending}>
          {t("account.changePassword")}
        </button>
      </form>
    </section>
  );
}
