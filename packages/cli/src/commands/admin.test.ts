import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyPassword } from "@dti/api-router";
import { createDb } from "@dti/db";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../main";

const dataDir = mkdtempSync(join(tmpdir(), "dti-admin-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: process.cwd(), env });
  return { code, stdout, stderr };
}

describe("dti admin create", { timeout: 60_000 }, () => {
  it("creates the first national admin in the embedded database, with a hashed password", async () => {
    const result = await run(["admin", "create", "--email", "admin@so-tttt.gov.vn", "--name", "Quản trị", "--data-dir", dataDir], {
      DTI_ADMIN_PASSWORD: "mật-khẩu-đủ-dài-2026",
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("admin@so-tttt.gov.vn");
    const database = await createDb({ kind: "pglite", dataDir });
    try {
      const user = await database.db.selectFrom("users").selectAll().where("email", "=", "admin@so-tttt.gov.vn").executeTakeFirstOrThrow();
      expect(user.role).toBe("national_admin");
      expect(user.password_hash).not.toContain("mật-khẩu");
      expect(await verifyPassword("mật-khẩu-đủ-dài-2026", user.password_hash)).toBe(true);
      const audit = await database.db.selectFrom("audit_log").select("action").where("entity_id", "=", user.id).execute();
      expect(audit.map((a) => a.action)).toEqual(["user.create"]);
    } finally {
      await database.close();
    }
  });

  it("refuses a weak password and an e-mail already used, with coded errors", async () => {
    const weak = await run(["admin", "create", "--email", "b@so-tttt.gov.vn", "--data-dir", dataDir], { DTI_ADMIN_PASSWORD: "123456" });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("PASSWORD_WEAK");
    const again = await run(["admin", "create", "--email", "admin@so-tttt.gov.vn", "--data-dir", dataDir], {
      DTI_ADMIN_PASSWORD: "một-mật-khẩu-khác-2026",
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("ACCOUNT_INVALID");
    expect(again.stderr).toContain("ALREADY_EXISTS");
  });
});
