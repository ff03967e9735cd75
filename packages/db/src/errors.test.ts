import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DB_ERROR_CODES, DbError, isDbError, toDbError } from "./errors";

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
});
