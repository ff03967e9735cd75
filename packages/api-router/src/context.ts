import { createRepositories, type Db, type Repositories } from "@dti/db";
import type { Engine } from "@dti/engine";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "./auth/rate-limit";
import type { Session } from "./auth/sessions";
import type { SessionUser } from "./auth/users";
import type { PackRegistry } from "./services/pack-registry";

/** What the HTTP host does with the session cookie; in-process callers ignore it. */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface ApiSettings {
  rateLimits: RateLimits;
  /** The largest evidence file accepted, in bytes. */
  evidenceMaxBytes: number;
  /**
   * Test hook: an import waits this long inside its transaction before committing, so a test can
   * kill the process mid-import (DTI_TEST_IMPORT_DELAY_MS). 0 in normal use.
   */
  importDelayMs: number;
  /**
   * Separation of duties: whoever submitted an indicator cannot approve it (SEPARATION_OF_DUTIES).
   * On by default; a deployment turns it off with DTI_SEPARATION_OF_DUTIES=0 (see settingsFromEnv).
   */
  separationOfDuties: boolean;
  /**
   * How long an API process reuses a session it read, in ms (DTI_SESSION_CACHE_MS, 0 to 60000;
   * default 5000): every signed-in request reads its session, and reusing the read saves a query
   * per request. Sign-out, disabling an account and changing a password take effect at once on
   * the process that did them, and within this time on the others.
   */
  sessionCacheMs: number;
}

export const DEFAULT_SETTINGS: ApiSettings = {
  rateLimits: DEFAULT_RATE_LIMITS,
  evidenceMaxBytes: 10 * 1024 * 1024,
  importDelayMs: 0,
  separationOfDuties: true,
  sessionCacheMs: 5000,
};

/** The settings a deployment chooses through its environment (only those given; the rest default). */
export function settingsFromEnv(env: Record<string, string | undefined>): Partial<ApiSettings> {
  const settings: Partial<ApiSettings> = {};
  const sod = env.DTI_SEPARATION_OF_DUTIES?.trim().toLowerCase();
  if (sod !== undefined && sod !== "") settings.separationOfDuties = !["0", "false", "off", "no"].includes(sod);
  const cache = env.DTI_SESSION_CACHE_MS?.trim();
  if (cache !== undefined && cache !== "") {
    if (!/^\d+$/.test(cache) || Number(cache) > 60_000)
      throw new Error(`DTI_SESSION_CACHE_MS must be a whole number of milliseconds from 0 to 60000, got "${cache}"`);
    settings.sessionCacheMs = Number(cache);
  }
  return settings;
}

/** What a procedure works with. There is no database handle: every read and write goes through `repos` (@dti/db). */
export interface ApiContext {
  dbKind: Db["kind"];
  engine: Engine;
  packs: PackRegistry;
  repos: Repositories;
  user: SessionUser | null;
  /** The cookie session the user came with (null for in-process callers: no CSRF to check). */
  session: Session | null;
  request: { ip: string; csrfHeader: string | undefined };
  cookies: SessionCookies;
  settings: ApiSettings;
}

export interface CreateContextOptions {
  db: Db;
  engine: Engine;
  packs: PackRegistry;
  /** Made from `db` when not given (they are stateless: sharing one set across requests is fine). */
  repos?: Repositories;
  user?: SessionUser | null;
  session?: Session | null;
  request?: Partial<ApiContext["request"]>;
  cookies?: SessionCookies;
  settings?: Partial<ApiSettings>;
}

const NO_COOKIES: SessionCookies = { set: () => undefined, clear: () => undefined };

/**
 * The context of one call. The HTTP host resolves the session from the cookie and passes it with
 * its user; tests and the CLI pass a user directly.
 */
export function createContext(options: CreateContextOptions): ApiContext {
  const session = options.session ?? null;
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  return {
    dbKind: options.db.kind,
    engine: options.engine,
    packs: options.packs,
    repos: options.repos ?? createRepositories(options.db.db, { evidence: { maxBytes: settings.evidenceMaxBytes } }),
    user: options.user ?? session?.user ?? null,
    session,
    request: { ip: options.request?.ip ?? "127.0.0.1", csrfHeader: options.request?.csrfHeader },
    cookies: options.cookies ?? NO_COOKIES,
    settings,
  };
}
