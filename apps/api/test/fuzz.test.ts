import { appRouter } from "@dti/api-router";
import { testBackends } from "@dti/db/testing";
import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testServer, type Session, type TestServer } from "./helpers";

/**
 * Property-based proof that bad input never breaks the server: every tRPC procedure (enumerated
 * from the router) and every HTTP route (enumerated from Fastify's route list) is fed generated bad
 * input — wrong types, huge strings, NUL characters, lone surrogates, deep nesting, negative, NaN and
 * huge numbers, known field names with hostile values, malformed JSON, random multipart bodies — and
 * every answer must be below 500 and carry none of the database's own words. Runs on one back end
 * (the real PostgreSQL when the run has one), bounded by RUNS per property.
 */
export const FUZZ_RUNS = { procedure: 20, route: 20, transport: 40 } as const;

/** What the database says in its own words: none of it may reach a client. */
const DATABASE_TEXT =
  /sqlstate|violates|invalid byte sequence|invalid input syntax|duplicate key value|unique constraint|foreign key constraint|syntax error at or near|relation "|column "|PGlite|\b(22P02|22021|22P05|23505|23503|23514|42P01|42703)\b/i;

const FIELD_NAMES = [
  "assessmentId",
  "unitId",
  "period",
  "inputId",
  "value",
  "values",
  "expectedVersion",
  "baseVersion",
  "email",
  "password",
  "currentPassword",
  "newPassword",
  "name",
  "role",
  "agency",
  "packId",
  "id",
  "userId",
  "indicatorCode",
  "to",
  "reason",
  "note",
  "csv",
  "tolerance",
  "bundle",
  "variant",
  "at",
  "limit",
  "before",
  "disabled",
  "leadAgency",
  "cooperatingAgencies",
  "deadline",
  "status",
  "source",
  "comment",
] as const;

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\uD800",
    "x\uDC00y",
    "'; drop table users; --",
    "../../etc/passwd",
    "p63-48",
    "00000000-0000-0000-0000-000000000000",
    "3.3.a",
    "national_admin",
    "=cmd|' /C calc'!A0",
    "",
    " ",
  ),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => "x".repeat(n)),
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 2022, 1.5),
);

/** Nesting far deeper than any schema: built only when serialised (fast-check prints it as Deep(n)). */
class Deep {
  constructor(readonly depth: number) {}
  toJSON(): unknown {
    let value: unknown = "leaf";
    for (let i = 0; i < this.depth; i += 1) value = i % 2 ? [value] : { a: value };
    return value;
  }
  [fc.toStringMethod](): string {
    return `Deep(${this.depth})`;
  }
}
// Deeper than ~2,000 levels, the test's own JSON.stringify runs out of stack before the server sees it.
const deep = fc.integer({ min: 65, max: 1_500 }).map((depth) => new Deep(depth));

/** Percent-encodes the UTF-8 bytes (encodeURIComponent throws on a lone surrogate). */
const encode = (text: string) => [...Buffer.from(text, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.anything({ maxDepth: 3, maxKeys: 5 }),
  fc.array(hostileString, { maxLength: 5 }),
  deep,
);

/** Inputs: a random JSON value, or an object of known field names with hostile values (reaches deeper code). */
const hostileInput: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { maxKeys: 6 }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(hostileString, hostileNumber), { minKeys: 3, maxKeys: 8 }),
);

interface Answer {
  status: number;
  body: string;
}

function check(answer: Answer, what: string): void {
  expect(answer.status, `${what} → ${answer.status} ${answer.body.slice(0, 300)}`).toBeLessThan(500);
  // Errors only: a document (the OpenAPI description) may well say "column" or "PGlite".
  if (answer.status >= 400) expect(answer.body, what).not.toMatch(DATABASE_TEXT);
}

const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, { _def: { type: "query" | "mutation" } }> }).procedures,
)
  // Signing out is fuzzed last, with its own session (it ends the one it is called with).
  .sort(([a], [b]) => Number(a === "auth.logout") - Number(b === "auth.logout"));

const backend = testBackends().includes("postgres") ? "postgres" : "pglite";

describe(`fuzz on ${backend}: every procedure and route answers bad input with a coded 4xx`, () => {
  let server: TestServer;
  let session: Session;
  let assessmentId: string;
  beforeAll(async () => {
    server = await testServer(backend, { settings: { rateLimits: { perEmail: 1_000_000, perIp: 1_000_000, windowMs: 60_000 } } });
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    session = await signIn(server.app, "national");
  }, 120_000);
  afterAll(() => server?.close());

  const inject = async (options: InjectOptions): Promise<Answer> => {
    const response = await server.app.inject(options);
    return { status: response.statusCode, body: response.body };
  };

  const call = (name: string, type: "query" | "mutation", raw: string, as: Session | null = session) =>
    type === "query"
      ? inject({ method: "GET", url: `/api/trpc/${name}?input=${encode(raw)}`, headers: as ? { cookie: as.cookie } : {} })
      : inject({
          method: "POST",
          url: `/api/trpc/${name}`,
          headers: { ...(as?.headers ?? {}), "content-type": "application/json" },
          payload: raw,
        });

  it.each(procedures)("tRPC %s (%#)", async (name, procedure) => {
    const as = name === "auth.logout" ? await signIn(server.app, "viewerDN") : session;
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        check(
          await call(name, procedure._def.type, JSON.stringify(input) ?? "null", as),
          `${name} ${JSON.stringify(input)?.slice(0, 200)}`,
        );
      }),
      { numRuns: FUZZ_RUNS.procedure },
    );
  });

  it("tRPC transport: malformed JSON, random batches and bodies to random procedures", async () => {
    const names = procedures.map(([name]) => name).filter((n) => n !== "auth.logout");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.constantFrom("{", '{"a":', "[1,2", '{"0":{"json":', "\u0000", '"\\ud800"', "null", "NaN", "{}}"),
        ),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        async (name, raw, asBatch, size) => {
          const type = procedures.find(([n]) => n === name)![1]._def.type;
          if (!asBatch) return check(await call(name, type, raw), `${name} raw ${JSON.stringify(raw)}`);
          const path = Array.from({ length: size }, () => name).join(",");
          const answer =
            type === "query"
              ? await inject({
                  method: "GET",
                  url: `/api/trpc/${path}?batch=1&input=${encode(raw)}`,
                  headers: { cookie: session.cookie },
                })
              : await inject({ method: "POST", url: `/api/trpc/${path}?batch=1`, headers: session.headers, payload: raw });
          check(answer, `batch ${path} ${JSON.stringify(raw)}`);
        },
      ),
      { numRuns: FUZZ_RUNS.transport },
    );
  });

  describe("HTTP routes", () => {
    const routesOf = () =>
      server.app.routeList.filter((r) => r.url.startsWith("/api") && !r.url.startsWith("/api/trpc") && r.url !== "/api/health");

    it("every route is fuzzed (enumerated from Fastify's routes)", () => {
      expect(routesOf().length).toBeGreaterThan(10);
      console.log(
        `fuzz: ${procedures.length} procedures × ${FUZZ_RUNS.procedure} runs, ${FUZZ_RUNS.transport} transport runs, ${routesOf().length} routes × ${FUZZ_RUNS.route} runs`,
      );
    });

    const paramValue = fc.oneof(
      hostileString.filter((s) => s.length < 300),
      fc.constantFrom("%00", "%ED%A0%80", "%C0%AF", "..%2F..", "2022", "-1", "NaN", "1e999"),
    );
    const query = fc.dictionary(
      fc.constantFrom("period", "packId", "unitId", "at", "source", "limit", "x"),
      hostileString.filter((s) => s.length < 300),
      { maxKeys: 3 },
    );
    const multipartBody = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
      fc
        .tuple(fc.string({ maxLength: 30 }), fc.uint8Array({ maxLength: 500 }))
        .map(
          ([name, bytes]) =>
            `--B\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n${Buffer.from(bytes).toString("latin1")}\r\n--B--\r\n`,
        ),
      fc.constantFrom(
        "--B\r\n",
        "--B--",
        "--B\r\ncontent-disposition: form-data\r\n\r\nx",
        '--B\r\ncontent-disposition: form-data; name="file"; filename="a"\r\n\r\n',
      ),
    );

    it("every route with hostile path parameters, query strings and bodies", async () => {
      const routes = routesOf();
      const filled = (url: string, values: string[]) => {
        let k = 0;
        return url.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
          name === "id" && values.length === 0 ? assessmentId : encode(values[k++ % Math.max(values.length, 1)] ?? ""),
        );
      };
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          fc.array(paramValue, { maxLength: 2 }),
          query,
          fc.boolean(),
          multipartBody,
          hostileInput,
          async (route, params, q, signedIn, multipartPayload, json) => {
            let url = filled(route.url, params);
            // Some generated parameters are already percent-encoded on purpose: keep them raw.
            if (params.some((p) => p.startsWith("%")))
              url = route.url.replace(
                /:([A-Za-z]+)/,
                params.find((p) => p.startsWith("%"))!,
              );
            const search = Object.entries(q)
              .map(([key, value]) => `${key}=${encode(value)}`)
              .join("&");
            const headers: Record<string, string> = signedIn ? { ...session.headers } : {};
            const full = `${url}${search ? `?${search}` : ""}`;
            const answer =
              route.method === "GET"
                ? await inject({ method: "GET", url: full, headers })
                : await inject({
                    method: route.method as "POST",
                    url: full,
                    headers: {
                      ...headers,
                      "content-type": params.length % 2 === 0 ? "multipart/form-data; boundary=B" : "application/json",
                    },
                    payload: params.length % 2 === 0 ? multipartPayload : (JSON.stringify(json) ?? "null"),
                  });
            check(answer, `${route.method} ${full}`);
          },
        ),
        { numRuns: FUZZ_RUNS.route * routes.length },
      );
    });
  });
});
