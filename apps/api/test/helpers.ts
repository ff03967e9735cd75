import pack2022 from "@dti-packs/dti-province-2022";
import { createTestApi, TEST_PASSWORD, type TestApi, type TestUserName } from "@dti/api-router/testing";
import type { FastifyInstance } from "fastify";
import { buildApp, type BuildAppOptions } from "../src/app";

export interface TestServer {
  api: TestApi;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A seeded database (units, the 2022 pack or the packs given, one user per role) and the app over it, for inject(). */
export async function testServer(
  kind: "pglite" | "postgres",
  options: Partial<BuildAppOptions> = {},
  packContents: readonly unknown[] = [pack2022],
): Promise<TestServer> {
  // Every injected request comes from 127.0.0.1: a higher per-address limit keeps tests independent.
  const settings = { rateLimits: { perEmail: 5, perIp: 200, windowMs: 15 * 60 * 1000 }, ...options.settings };
  const api = await createTestApi(kind, packContents, settings);
  const app = await buildApp({ db: api.database, engine: api.engine, packs: api.packs, ...options, settings });
  return {
    api,
    app,
    close: async () => {
      await app.close();
      await api.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  /** Headers for a mutation: the cookie and the CSRF token. */
  headers: Record<string, string>;
}

/** Signs in through HTTP, as a browser would. */
export async function signIn(app: FastifyInstance, user: TestUserName | string, password = TEST_PASSWORD): Promise<Session> {
  const email = user.includes("@") ? user : `${user}@test.vn`;
  const response = await app.inject({ method: "POST", url: "/api/trpc/auth.login", payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login as ${email} failed: ${response.statusCode} ${response.body}`);
  const setCookie = [response.headers["set-cookie"]].flat().find((c): c is string => typeof c === "string" && c.startsWith("dti_session="));
  const cookie = setCookie!.split(";")[0]!;
  const csrf = (response.json() as { result: { data: { csrfToken: string } } }).result.data.csrfToken;
  return { cookie, csrf, headers: { cookie, "x-csrf-token": csrf } };
}

/** tRPC over HTTP: queries as GET ?input=, mutations as POST. */
export async function trpc(app: FastifyInstance, session: Session | null, type: "query" | "mutation", path: string, input?: unknown) {
  const response =
    type === "query"
      ? await app.inject({
          method: "GET",
          url: `/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          headers: session ? { cookie: session.cookie } : {},
        })
      : await app.inject({
          method: "POST",
          url: `/api/trpc/${path}`,
          headers: session?.headers ?? {},
          payload: input === undefined ? {} : (input as object),
        });
  return {
    status: response.statusCode,
    body: response.json() as {
      result?: { data: unknown };
      error?: { data: { apiError: { code: string; message: string; fields: { path: string }[]; details?: Record<string, unknown> } } };
    },
  };
}
