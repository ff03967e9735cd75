import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { apiErrorOf } from "./errors";

const NO_RETRY = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "CSRF_INVALID"]);

/**
 * An expired or closed session (UNAUTHENTICATED on any query) signs the page out: the session
 * query is set to "nobody", and the guard sends the user to sign-in (and back afterwards).
 */
export function createQueryClient(): QueryClient {
  const queryCache = new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] !== "auth.me" && apiErrorOf(error).code === "UNAUTHENTICATED") signedOut(client);
    },
  });
  const mutationCache = new MutationCache({
    onError: (error) => {
      if (apiErrorOf(error).code === "UNAUTHENTICATED") signedOut(client);
    },
  });
  const client: QueryClient = new QueryClient({
    queryCache,
    mutationCache,
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retrying a refusal only delays the message the user needs to see.
        retry: (count, error) => count < 2 && !NO_RETRY.has(apiErrorOf(error).code),
      },
      mutations: { retry: false },
    },
  });
  return client;
}

/** The server no longer knows the session: show sign-in (the guard keeps the page to come back to). */
export function signedOut(client: QueryClient): void {
  client.setQueryData(["auth.me"], { user: null });
}
