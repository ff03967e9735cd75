import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DB_ERROR_CODES, DbError, isConnectionError, isDbError, toDbError } from "./errors";

describe("db errors", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

  it.each(Object.keys(DB_ERROR_CODES))("documents %s in the README's table of codes", (code) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\|`, "m"));
  });

  it("documents no code that does not exist", () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.filter((c) => !(c! in DB_ERROR_CODES))).toEqual([]);
  });

  it("codes what the database raises and passes the rest through", () => {
    const pinned = { code: "P0001", message: "pack p 1.0.0 is used by a score snapshot and cannot change" };
    expect(toDbError(pinned)).toMatchObject({ code: "PACK_PINNED", cause: pinned });
    expect(toDbError({ code: "P0001", message: "score_snapshots rows cannot be update" })).toMatchObject({ code: "IMMUTABLE" });
    expect(toDbError({ code: "23505", message: "duplicate key" })).toMatchObject({ code: "ALREADY_EXISTS" });
    expect(toDbError({ code: "23503", message: 'update or delete on table "packs" violates foreign key constraint' })).toMatchObject({
      code: "IN_USE",
    });
    expect(toDbError({ code: "23503", message: 'insert or update on table "assessments" violates foreign key constraint' })).toMatchObject({
      code: "NOT_FOUND",
    });
    const other = new Error("connection refused");
    expect(toDbError(other)).toBe(other);
    const coded = new DbError("NOT_FOUND", "x");
    expect(toDbError(coded)).toBe(coded);
    expect(isDbError(coded, "NOT_FOUND")).toBe(true);
    expect(isDbError(coded, "IN_USE")).toBe(false);
  });

  it("codes a lost or refused connection UNAVAILABLE, keeping the database's words out of the message", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    for (const error of [
      refused,
      new AggregateError([refused], "connect failed"),
      { code: "57P01", message: "terminating connection due to administrator command" },
      { code: "57P03", message: "the database system is shutting down" },
      { code: "08006", message: "connection failure" },
      new Error("Connection terminated unexpectedly"),
      new Error("Client has encountered a connection error and is not queryable"),
      new Error("PGlite is closed"),
      new Error("x", { cause: refused }),
    ]) {
      expect(isConnectionError(error), String((error as Error).message)).toBe(true);
      expect(toDbError(error)).toMatchObject({ code: "UNAVAILABLE", message: "the database is unavailable" });
    }
    expect(isConnectionError({ code: "23505", message: "duplicate key" })).toBe(false);
    expect(isConnectionError(new Error("boom"))).toBe(false);
  });

  it("names the field of a unique violation and says nothing of the constraint or the value", () => {
    const error = toDbError({
      code: "23505",
      message: 'duplicate key value violates unique constraint "users_email_key"',
      detail: "Key (email)=(a@b.vn) already exists.",
      constraint: "users_email_key",
    }) as DbError;
    expect(error).toMatchObject({
      code: "ALREADY_EXISTS",
      message: "a record with this email already exists",
      details: { field: "email" },
    });
    expect(error.message).not.toMatch(/users_email_key|a@b\.vn/);
    const nul = toDbError({ code: "22021", message: 'invalid byte sequence for encoding "UTF8": 0x00' }) as DbError;
    expect(nul).toMatchObject({ code: "INVALID_INPUT" });
    expect(nul.message).not.toMatch(/UTF8|byte sequence/);
  });
});
