import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession, type Role } from "../api/session";
import { ErrorState, Loading } from "../components/status";
import { useI18n } from "../i18n/context";

/** Signed-in users only; the others go to sign-in and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === "loading") return <Loading />;
  if (session.status === "error") return <ErrorState error={session.error} retry={session.refetch} />;
  if (!session.user) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/** A screen for some roles only: the others are told, not shown an empty page. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user } = useSession();
  const { t } = useI18n();
  if (!user || !roles.includes(user.role))
    return (
      <div className="alert alert-error" role="alert">
        {t("error.FORBIDDEN")}
      </div>
    );
  return <>{children}</>;
}
