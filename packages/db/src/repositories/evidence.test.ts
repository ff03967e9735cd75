import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SAMPLES } from "../testing/media-samples";
import { MEDIA_TYPES } from "./detect-media-type";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("evidence on %s", (kind) => {
  const ctx = useRepositories(kind, { evidence: { maxBytes: 1024 } });

  it("stores a file with its checksum and the type found in its content; the same content again is the same file", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const added = await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "2.3", fileName: "C:\\Users\\sotttt\\bao-cao.pdf", bytes: SAMPLES.pdf },
      SYSTEM_ACTOR,
    );
    expect(added).toMatchObject({
      created: true,
      indicatorCode: "2.3",
      fileName: "bao-cao.pdf",
      mediaType: MEDIA_TYPES.pdf,
      sizeBytes: SAMPLES.pdf.length,
      sha256: createHash("sha256").update(SAMPLES.pdf).digest("hex"),
    });
    const again = await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "2.3", fileName: "copy.pdf", bytes: SAMPLES.pdf },
      SYSTEM_ACTOR,
    );
    expect(again).toMatchObject({ created: false, id: added.id, fileName: "bao-cao.pdf" });
    const elsewhere = await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "2.4", fileName: "bao-cao.pdf", bytes: SAMPLES.pdf },
      SYSTEM_ACTOR,
    );
    expect(elsewhere.id).not.toBe(added.id);
    const sheet = await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "2.3", fileName: "so-lieu.xlsx", bytes: SAMPLES.xlsx },
      SYSTEM_ACTOR,
    );
    expect(sheet.mediaType).toBe(MEDIA_TYPES.xlsx);
    expect((await ctx.repos.audit.list({ entity: "evidence", entityId: added.id })).entries.map((e) => e.action)).toEqual(["evidence.add"]);
  });

  it("lists without content and reads one file with its bytes", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const png = await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "1.1", fileName: "anh.png", bytes: SAMPLES.png },
      SYSTEM_ACTOR,
    );
    await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "1.2", fileName: "ghi-chu.txt", bytes: SAMPLES.text },
      SYSTEM_ACTOR,
    );
    const all = await ctx.repos.evidence.list(assessment.id);
    expect(all.map((f) => f.fileName).sort()).toEqual(["anh.png", "ghi-chu.txt"]);
    expect(all.some((f) => "content" in f)).toBe(false);
    expect((await ctx.repos.evidence.list(assessment.id, "1.1")).map((f) => f.id)).toEqual([png.id]);
    const read = await ctx.repos.evidence.get(png.id);
    expect(read.content).toBeInstanceOf(Uint8Array);
    expect(read.content.constructor).toBe(Uint8Array);
    expect([...read.content]).toEqual([...SAMPLES.png]);
    await expect(ctx.repos.evidence.get("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a file over the limit, of a type not allowed, or empty", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const add = (bytes: Uint8Array, fileName = "f.bin") =>
      ctx.repos.evidence.add({ assessmentId: assessment.id, indicatorCode: "1.1", fileName, bytes }, SYSTEM_ACTOR);
    await expect(add(new Uint8Array(1025).fill(0x41), "big.txt")).rejects.toMatchObject({
      code: "EVIDENCE_TOO_LARGE",
      details: { sizeBytes: 1025, maxBytes: 1024 },
    });
    await expect(add(SAMPLES.exe, "tai-lieu.pdf")).rejects.toMatchObject({
      code: "EVIDENCE_TYPE_NOT_ALLOWED",
      details: { detected: null },
    });
    await expect(add(SAMPLES.zip, "nen.zip")).rejects.toMatchObject({
      code: "EVIDENCE_TYPE_NOT_ALLOWED",
      details: { detected: MEDIA_TYPES.zip },
    });
    await expect(add(new Uint8Array(), "empty.txt")).rejects.toMatchObject({
      code: "EVIDENCE_TYPE_NOT_ALLOWED",
      message: 'evidence file "empty.txt" is empty',
    });
    await expect(add(SAMPLES.text, "../")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await ctx.repos.evidence.list(assessment.id)).toEqual([]);
  });

  it("removes a file while the assessment is open; nothing changes once it is submitted", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const kept = await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "1.1", fileName: "a.gif", bytes: SAMPLES.gif },
      SYSTEM_ACTOR,
    );
    const gone = await ctx.repos.evidence.add(
      { assessmentId: assessment.id, indicatorCode: "1.1", fileName: "b.webp", bytes: SAMPLES.webp },
      SYSTEM_ACTOR,
    );
    await ctx.repos.evidence.remove(gone.id, SYSTEM_ACTOR);
    await expect(ctx.repos.evidence.get(gone.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ctx.repos.audit.list({ entity: "evidence", entityId: gone.id })).entries[0]).toMatchObject({
      action: "evidence.remove",
      before: { fileName: "b.webp", sha256: gone.sha256 },
    });
    await ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR);
    await expect(ctx.repos.evidence.remove(kept.id, SYSTEM_ACTOR)).rejects.toMatchObject({ code: "ASSESSMENT_LOCKED" });
    await expect(
      ctx.repos.evidence.add({ assessmentId: assessment.id, indicatorCode: "1.1", fileName: "c.jpg", bytes: SAMPLES.jpeg }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "ASSESSMENT_LOCKED" });
    expect((await ctx.repos.evidence.list(assessment.id)).map((f) => f.id)).toEqual([kept.id]);
  });

  it("stores concurrent uploads of one file once", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        ctx.repos.evidence.add(
          { assessmentId: assessment.id, indicatorCode: "3.1", fileName: "x.docx", bytes: SAMPLES.docx },
          SYSTEM_ACTOR,
        ),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0]!.mediaType).toBe(MEDIA_TYPES.docx);
  });
});
