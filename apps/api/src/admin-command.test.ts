import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyPassword } from "@dti/api-router";
import { createDb, createRepositories } from "@dti/db";
import { afterAll, describe, expect, it } from "vitest";
import { adminCommand } from "./admin-command";

const dataDir = mkdtempSync(join(tmpdir(), "dti-admin-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = "";
  let stderr = "";
  const code = await adminCommand(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    readPassword: async () => "",
  });
  return { code, stdout, stderr };
}

describe("admin create", { timeout: 60_000 }, () => {
  it("creates the first national admin in the embedded database, with a hashed password", async () => {
    const result = await run(["create", "--email", "admin@so-tttt.gov.vn", "--name", "Quản trị", "--data-dir", dataDir], {
      DTI_ADMIN_PASSWORD: "mật-khẩu-đủ-dài-2026",
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("admin@so-tttt.gov.vn");
    const database = await createDb({ kind: "pglite", dataDir });
    try {
      const repos = createRepositories(database.db);
      const user = await repos.users.findForSignIn("admin@so-tttt.gov.vn");
      expect(user).toMatchObject({ role: "national_admin", displayName: "Quản trị" });
      expect(user!.passwordHash).not.toContain("mật-khẩu");
      expect(await verifyPassword("mật-khẩu-đủ-dài-2026", user!.passwordHash)).toBe(true);
      const audit = await repos.audit.list({ entityId: user!.id });
      expect(audit.entries.map((a) => a.action)).toEqual(["user.create"]);
    } finally {
      await database.close();
    }
  });

  it("refuses a weak password and an e-mail already used, with coded errors", async () => {
    const weak = await run(["create", "--email", "b@so-tttt.gov.vn", "--data-dir", dataDir], { DTI_ADMIN_PASSWORD: "123456" });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("PASSWORD_WEAK");
    const none = await run(["create", "--email", "b@so-tttt.gov.vn", "--data-dir", dataDir], {});
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("PASSWORD_WEAK");
    const again = await run(["create", "--email", "admin@so-tttt.gov.vn", "--data-dir", dataDir], {
      DTI_ADMIN_PASSWORD: "một-mật-khẩu-khác-2026",
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("ACCOUNT_INVALID");
    expect(again.stderr).toContain("ALREADY_EXISTS");
  });

  it("is a usage error (exit 2) without create or --email", async () => {
    expect((await run([], {})).code).toBe(2);
    expect((await run(["create"], {})).stderr).toContain("--email is required");
    expect((await run(["delete", "--email", "a@b.vn"], {})).code).toBe(2);
    expect((await run(["create", "--bogus"], {})).code).toBe(2);
  });
});
