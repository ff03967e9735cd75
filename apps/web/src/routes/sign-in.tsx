import { useState, type FormEvent } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { apiErrorOf } from "../api/errors";
import { useSession } from "../api/session";
import { LanguageSwitch } from "../app/shell";
import { Loading } from "../components/status";
import { useI18n } from "../i18n/context";
import { errorText } from "../i18n/errors";

/** Only paths inside the app: `next` must not send the user to another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignIn() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<{ email?: string; password?: string }>({});
  const next = safeNext(params.get("next"));

  if (session.status === "loading") return <Loading />;
  if (session.user && !session.signIn.isPending) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problem = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = t("auth.emailInvalid");
    if (password === "") found.password = t("auth.passwordRequired");
    setProblem(found);
    if (found.email || found.password) return;
    session.signIn.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };
  const error = session.signIn.error ? errorText(apiErrorOf(session.signIn.error), t) : null;

  return (
    <div className="sign-in-page">
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <header className="sign-in-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            DTI
          </span>
          <span>{t("app.title")}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in-main">
        <form className="card sign-in-card" onSubmit={submit} noValidate aria-describedby={error ? "sign-in-error" : undefined}>
          <h1>{t("auth.title")}</h1>
          <p className="muted">{t("auth.intro")}</p>
          {error && (
            <div id="sign-in-error" className="alert alert-error" role="alert">
              {error}
            </div>
          )}
          <div className="field">
            <label htmlFor="email">{t("auth.email")}</label>
            <input
              id="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={problem.email ? true : undefined}
              aria-describedby={problem.email ? "email-error" : undefined}
              required
            />
            {problem.email && (
              <p id="email-error" className="field-error">
                {problem.email}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="password">{t("auth.password")}</label>
            <input
              id="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={problem.password ? true : undefined}
              aria-describedby={problem.password ? "password-error" : undefined}
              required
            />
            {problem.password && (
              <p id="password-error" className="field-error">
                {problem.password}
              </p>
            )}
          </div>
          <button type="submit" className="btn btn-primary" disabled={session.signIn.isPending}>
            {session.signIn.isPending ? t("auth.signingIn") : t("auth.signIn")}
          </button>
        </form>
      </main>
    </div>
  );
}
