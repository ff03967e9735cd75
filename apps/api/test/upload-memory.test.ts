import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpCall, httpSignIn, startApiProcess, type ApiProcess, type HttpSession } from "./spawn";
import { manyRows, multipartFile, zipBomb } from "./zip";

const ADMIN = { email: "admin@memory.test", password: "memory-admin-password-2025" };
const MiB = 1024 * 1024;

/** The resident memory of a process, from /proc (Linux, as CI and the development machines run). */
function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"))!;
  return Number(line.replace(/\D+/g, "")) * 1024;
}

/**
 * A real API process (embedded database in a temporary directory) receives a zip bomb (one sheet of
 * 200 MiB of repeated bytes, 0.3 MB compressed) and a sheet of a million rows as template imports:
 * each gets its coded refusal, `/api/health` keeps answering quickly throughout, and the process
 * grows by less than 150 MB. Before the limits, a 9.5 MB upload grew the process by 1 GB and stalled
 * health for 14 s.
 */
describe.skipIf(!existsSync("/proc/self/status"))("hostile workbooks against a running API process", () => {
  let api: ApiProcess;
  let dataDir: string;
  let session: HttpSession;
  let assessmentId: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "dti-upload-memory-"));
    api = await startApiProcess({
      DATABASE_URL: "",
      DTI_DATA_DIR: dataDir,
      DTI_ADMIN_EMAIL: ADMIN.email,
      DTI_ADMIN_PASSWORD: ADMIN.password,
    });
    session = await httpSignIn(api.url, ADMIN.email, ADMIN.password);
    const created = await httpCall(api.url, session, "mutation", "assessments.create", { unitId: "p63-48", period: 2022 });
    expect(created.status).toBe(200);
    assessmentId = (created.data as { id: string }).id;
  });
  afterAll(async () => {
    await api?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a zip bomb (413) and a million-row sheet (422); health answers, memory stays bounded", { timeout: 20_000 }, async () => {
    const bomb = await zipBomb(200);
    const rows = await manyRows(1_000_000, false);
    expect(bomb.length).toBeLessThan(1 * MiB);
    const upload = async (file: Buffer) => {
      const form = multipartFile(file);
      const response = await fetch(`${api.url}/api/assessments/${assessmentId}/template`, {
        method: "POST",
        headers: { ...form.headers, cookie: session.cookie, "x-csrf-token": session.csrf },
        body: form.payload,
      });
      return {
        status: response.status,
        body: (await response.json()) as { error: { code: string; details: { spreadsheetCode: string } } },
      };
    };
    // Warm up: the first template read loads exceljs and the pack; that is not what is measured.
    const template = await fetch(`${api.url}/api/assessments/${assessmentId}/template.xlsx`, { headers: { cookie: session.cookie } });
    expect((await upload(Buffer.from(await template.arrayBuffer()))).status).toBe(200);
    const before = rssOf(api.child.pid!);

    let peak = before;
    let slowest = 0;
    const failures: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const started = Date.now();
        const health = await fetch(`${api.url}/api/health`);
        await health.arrayBuffer();
        slowest = Math.max(slowest, Date.now() - started);
        if (!health.ok) failures.push(health.status);
        peak = Math.max(peak, rssOf(api.child.pid!));
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      for (let k = 0; k < 3; k++) {
        const refusedBomb = await upload(bomb);
        expect(refusedBomb.status).toBe(413);
        expect(refusedBomb.body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { spreadsheetCode: "FILE_TOO_LARGE" } });
        const refusedRows = await upload(rows);
        expect(refusedRows.status).toBe(422);
        expect(refusedRows.body.error).toMatchObject({ code: "IMPORT_INVALID", details: { spreadsheetCode: "WORKBOOK_TOO_LARGE" } });
      }
    } finally {
      polling = false;
      await poll;
    }
    peak = Math.max(peak, rssOf(api.child.pid!));
    expect(failures).toEqual([]);
    // Generous for CI's two shared cores; without the limits it was 14 s.
    expect(slowest, "the slowest /api/health, ms").toBeLessThan(2000);
    expect(peak - before, `RSS grew from ${Math.round(before / MiB)} MiB to ${Math.round(peak / MiB)} MiB`).toBeLessThan(150 * MiB);
  });
});
