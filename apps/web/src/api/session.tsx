import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, type ReactNode } from "react";
import { api, setCsrfToken, type RouterInputs, type RouterOutputs } from "./client";

export type SessionUser = NonNullable<RouterOutputs["auth"]["me"]["user"]>;
export type Role = SessionUser["role"];

interface SessionState {
  status: "loading" | "error" | "ready";
  user: SessionUser | null;
  error: unknown;
  refetch(): void;
  signIn: ReturnType<typeof useSignInMutation>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
export const ME_KEY = ["auth.me"] as const;

function useSignInMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RouterInputs["auth"]["login"]) => api.auth.login.mutate(input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Whatever the previous user saw must not leak into this session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, session);
    },
  });
}

/** Who is signed in (auth.me), with the CSRF token the client sends on every change. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ME_KEY, queryFn: () => api.auth.me.query(), staleTime: 5 * 60_000 });
  const signIn = useSignInMutation();
  useEffect(() => {
    if (me.data) setCsrfToken(me.data.user ? me.data.csrfToken : null);
  }, [me.data]);
  const signOut = async () => {
    try {
      await api.auth.logout.mutate();
    } finally {
      setCsrfToken(null);
      // "Nobody" first (the guard unmounts the screens), then forget what the user saw.
      queryClient.setQueryData(ME_KEY, { user: null });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    }
  };
  const value: SessionState = {
    status: me.isPending ? "loading" : me.isError ? "error" : "ready",
    user: me.data?.user ?? null,
    error: me.error,
    refetch: () => void me.refetch(),
    signIn,
    signOut,
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** The signed-in user inside the authenticated part of the app. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error("useUser without a signed-in user");
  return user;
}
