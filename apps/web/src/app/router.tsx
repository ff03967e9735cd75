import { lazy, Suspense, type ComponentType, type JSX, type LazyExoticComponent } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { Loading } from "../components/status";
import { RequireAuth, RequireRole } from "./guards";
import { AppShell } from "./shell";
import { NotFound, RouteError } from "./route-error";
import { SignIn } from "../routes/sign-in";
import { Home } from "../routes/home";

/** Every screen but sign-in and the list loads on demand: the first page stays small. */
function page(load: () => Promise<{ default: ComponentType }>): JSX.Element {
  const Component: LazyExoticComponent<ComponentType> = lazy(load);
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

const AssessmentLayout = () => import("../routes/assessment/layout");

export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignIn />, errorElement: <RouteError /> },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      {
        path: "assessments/:assessmentId",
        element: page(AssessmentLayout),
        children: [
          { index: true, element: page(() => import("../routes/assessment/scorecard")) },
          { path: "entry", element: page(() => import("../routes/assessment/entry")) },
          { path: "indicators/:code", element: page(() => import("../routes/assessment/indicator")) },
          { path: "gains", element: page(() => import("../routes/assessment/gains")) },
          { path: "plan", element: page(() => import("../routes/assessment/plan")) },
          { path: "review", element: page(() => import("../routes/assessment/review")) },
          { path: "report", element: page(() => import("../routes/assessment/report")) },
          { path: "audit", element: page(() => import("../routes/assessment/audit")) },
        ],
      },
      { path: "account", element: page(() => import("../routes/account")) },
      { path: "rankings", element: page(() => import("../routes/admin/rankings")) },
      { path: "map", element: page(() => import("../routes/admin/map")) },
      { path: "trend", element: page(() => import("../routes/admin/trend")) },
      {
        path: "merger",
        element: <RequireRole roles={["national_admin"]}>{page(() => import("../routes/admin/merger"))}</RequireRole>,
      },
      {
        path: "users",
        element: <RequireRole roles={["national_admin", "province_admin"]}>{page(() => import("../routes/admin/users"))}</RequireRole>,
      },
      {
        path: "audit",
        element: <RequireRole roles={["national_admin"]}>{page(() => import("../routes/admin/audit"))}</RequireRole>,
      },
      { path: "packs", element: page(() => import("../routes/packs/list")) },
      { path: "packs/compare", element: page(() => import("../routes/packs/compare")) },
      {
        path: "packs/variant",
        element: <RequireRole roles={["national_admin"]}>{page(() => import("../routes/packs/variant"))}</RequireRole>,
      },
      {
        path: "packs/upload",
        element: <RequireRole roles={["national_admin"]}>{page(() => import("../routes/packs/upload"))}</RequireRole>,
      },
      { path: "packs/:packRowId", element: page(() => import("../routes/packs/detail")) },
      { path: "*", element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
