import { useEffect, useRef } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useSession, useUser, type Role } from "../api/session";
import { useI18n } from "../i18n/context";
import type { MessageKey } from "../i18n/messages";

interface NavItem {
  to: string;
  label: MessageKey;
  roles: Role[] | "all";
  end?: boolean;
}

/** What each role sees in the navigation (the server checks every call anyway). */
export const NAV: NavItem[] = [
  { to: "/", label: "nav.assessments", roles: "all", end: true },
  { to: "/rankings", label: "nav.rankings", roles: "all" },
  { to: "/map", label: "nav.map", roles: "all" },
  { to: "/trend", label: "nav.trend", roles: ["national_admin", "province_admin", "viewer"] },
  { to: "/merger", label: "nav.merger", roles: ["national_admin"] },
  { to: "/packs", label: "nav.packs", roles: ["national_admin", "province_admin"] },
  { to: "/users", label: "nav.users", roles: ["national_admin", "province_admin"] },
  { to: "/audit", label: "nav.audit", roles: ["national_admin"] },
];

export function navFor(role: Role): NavItem[] {
  return NAV.filter((item) => item.roles === "all" || item.roles.includes(role));
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t("lang.label")}>
      <button type="button" className="btn-link" aria-pressed={lang === "vi"} onClick={() => setLang("vi")} lang="vi">
        Tiếng Việt
      </button>
      <span aria-hidden="true">|</span>
      <button type="button" className="btn-link" aria-pressed={lang === "en"} onClick={() => setLang("en")} lang="en">
        English
      </button>
    </div>
  );
}

/** The DEMO banner: shown whenever demo accounts or demo data are on screen. */
export function DemoBanner() {
  const { t } = useI18n();
  return (
    <div className="demo-banner" role="note">
      <strong>{t("demo.bannerTitle")}</strong> {t("demo.bannerText")}
    </div>
  );
}

/** Moves focus to the page's main heading after navigation, so screen readers announce the new page. */
function useFocusOnNavigate() {
  const location = useLocation();
  // Only a move to another page: not the first render, nor a remount on the same page.
  const previous = useRef(location.pathname);
  useEffect(() => {
    if (previous.current === location.pathname) return;
    previous.current = location.pathname;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [location.pathname]);
}

export function AppShell() {
  const user = useUser();
  const { signOut } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  useFocusOnNavigate();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      {user.isDemo && <DemoBanner />}
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            DTI
          </span>
          <span className="sr-only">{t("app.title")}</span>
          <span className="brand-text">{t("app.short")}</span>
        </div>
        <nav aria-label={t("nav.label")} className="main-nav">
          <ul>
            {navFor(user.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-box">
          <LanguageSwitch />
          <span className="user-name" title={t(`role.${user.role}` as MessageKey)}>
            <NavLink to="/account" className="user-link">
              {user.displayName}
            </NavLink>
            <span className="user-role"> · {t(`role.${user.role}` as MessageKey)}</span>
          </span>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              void signOut().then(() => navigate("/sign-in"));
            }}
          >
            {t("auth.signOut")}
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
