import type { AppRouter } from "@dti/api-router";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

/**
 * The session's CSRF token (from auth.login or auth.me), sent in `x-csrf-token` with every call:
 * the server checks it on mutations. Kept in memory only; the session itself is an httpOnly cookie.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function getCsrfToken(): string | null {
  return csrfToken;
}

export function createApiClient(baseUrl = ""): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/api/trpc`,
        maxURLLength: 2000,
        // The API's router caps a path parameter at 200 characters: a batch of many procedure
        // names ("units.lineage,units.lineage,…") beyond that is answered 414.
        maxItems: 8,
        headers: () => (csrfToken ? { "x-csrf-token": csrfToken } : {}),
        fetch: (url, options) => fetch(url, { ...(options as RequestInit), credentials: "same-origin" }),
      }),
    ],
  });
}

/** The one client of the app (a factory above for tests). */
export const api = createApiClient();
