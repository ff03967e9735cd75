import { assessmentsRouter } from "./routers/assessments";
import { assignmentsRouter } from "./routers/assignments";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { evidenceRouter } from "./routers/evidence";
import { inboxRouter } from "./routers/inbox";
import { mapRouter } from "./routers/map";
import { packsRouter } from "./routers/packs";
import { plansRouter } from "./routers/plans";
import { publishedRouter, rankingsRouter } from "./routers/published";
import { unitsRouter } from "./routers/units";
import { usersRouter } from "./routers/users";
import { variantsRouter } from "./routers/variants";
import { workflowRouter } from "./routers/workflow";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  packs: packsRouter,
  units: unitsRouter,
  assessments: assessmentsRouter,
  workflow: workflowRouter,
  assignments: assignmentsRouter,
  evidence: evidenceRouter,
  plans: plansRouter,
  published: publishedRouter,
  rankings: rankingsRouter,
  map: mapRouter,
  audit: auditRouter,
  users: usersRouter,
  variants: variantsRouter,
  inbox: inboxRouter,
});

/** The router's type: the only thing the web app imports from this package. */
export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
