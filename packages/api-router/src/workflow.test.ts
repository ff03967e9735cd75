import pack2022 from "@dti-packs/dti-province-2022";
import { addDays, todayInVietnam } from "@dti/conventions";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, refusal, type TestApi } from "./testing/index";

/** The same framework under another id, with no crosswalk from dti-province-2022: carry-forward into it stays refused. */
const otherPack = { ...pack2022, meta: { ...pack2022.meta, id: "dti-province-2022-other", years: [2023] } };

/** A deadline `days` from today — today in Vietnam, as the inbox counts (after 17:00 UTC that is tomorrow in UTC). */
function inDays(days: number): string {
  return addDays(todayInVietnam(), days);
}

describe.each(testBackends())("a workflow with teeth, the inbox and carry-forward on %s", (kind) => {
  let api: TestApi;
  let dn2022: string;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022, otherPack]);
    dn2022 = (await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
  });
  afterAll(() => api?.close());

  describe("separation of duties", () => {
    it("the province admin who submitted an indicator gets a coded refusal when approving it; another reviewer approves", async () => {
      await api.as("adminDN").workflow.transition({ assessmentId: dn2022, indicatorCode: "1.1", action: "submit", expectedVersion: 0 });
      const refused = await refusal(
        api.as("adminDN").workflow.transition({ assessmentId: dn2022, indicatorCode: "1.1", action: "approve", expectedVersion: 1 }),
      );
      expect(refused.code).toBe("SEPARATION_OF_DUTIES");
      expect(refused.status).toBe(403);
      expect(refused.details).toMatchObject({ indicatorCode: "1.1", submittedBy: api.users.adminDN.id });
      expect((refused.details?.text as { vi: string }).vi).toContain("không thể tự duyệt");
      expect(await api.repos.workflow.get(dn2022, "1.1")).toMatchObject({ status: "submitted", version: 1 });
      // Returning it is still the submitter's right (a reviewer's second look is not an approval).
      const approved = await api
        .as("national")
        .workflow.transition({ assessmentId: dn2022, indicatorCode: "1.1", action: "approve", expectedVersion: 1 });
      expect(approved).toMatchObject({ status: "approved", version: 2 });
    });

    it("an indicator the agency submitted is approved by the province admin", async () => {
      await api.as("ttttDN").workflow.transition({ assessmentId: dn2022, indicatorCode: "3.3", action: "submit", expectedVersion: 0 });
      const approved = await api
        .as("adminDN")
        .workflow.transition({ assessmentId: dn2022, indicatorCode: "3.3", action: "approve", expectedVersion: 1 });
      expect(approved.status).toBe("approved");
    });

    it("with the setting off (DTI_SEPARATION_OF_DUTIES=0) the submitter may approve", async () => {
      await api.as("adminDN").workflow.transition({ assessmentId: dn2022, indicatorCode: "1.2", action: "submit", expectedVersion: 0 });
      const approved = await api
        .as("adminDN", { separationOfDuties: false })
        .workflow.transition({ assessmentId: dn2022, indicatorCode: "1.2", action: "approve", expectedVersion: 1 });
      expect(approved.status).toBe("approved");
    });
  });

  describe("the inbox", () => {
    it("shows each user what waits for them, within their province and agency", async () => {
      await api.as("ttttDN").workflow.transition({ assessmentId: dn2022, indicatorCode: "8.4", action: "submit", expectedVersion: 0 });
      await api.as("adminDN").workflow.transition({
        assessmentId: dn2022,
        indicatorCode: "8.4",
        action: "return",
        expectedVersion: 1,
        reason: "Thiếu danh sách hộ có địa chỉ số",
      });
      await api.as("adminDN").workflow.transition({ assessmentId: dn2022, indicatorCode: "1.3", action: "submit", expectedVersion: 0 });
      await api.as("ttttDN").workflow.transition({ assessmentId: dn2022, indicatorCode: "3.2", action: "submit", expectedVersion: 0 });
      await api.as("adminDN").plans.create({ assessmentId: dn2022, indicatorCode: "8.4", leadAgency: "Sở TTTT", deadline: inDays(5) });
      await api.as("adminDN").plans.create({ assessmentId: dn2022, indicatorCode: "1.1", leadAgency: "Sở Nội vụ", deadline: inDays(-3) });
      await api.as("adminDN").plans.create({ assessmentId: dn2022, indicatorCode: "1.2", leadAgency: "Sở TTTT", deadline: inDays(60) });

      const agency = await api.as("ttttDN").inbox.mine();
      expect(agency.returned).toEqual([
        expect.objectContaining({ indicatorCode: "8.4", reason: "Thiếu danh sách hộ có địa chỉ số", unitId: "p63-48", period: 2022 }),
      ]);
      expect(agency.toReview).toEqual([]);
      expect(agency.deadlines.map((d) => d.indicatorCode)).toEqual(["8.4"]);
      expect(agency.deadlines[0]).toMatchObject({ overdue: false, daysLeft: 5 });

      // Another agency of the province: 8.4 is not its indicator, nor the deadlines.
      const noiVu = await api.as("noiVuDN").inbox.mine();
      expect(noiVu.returned).toEqual([]);
      expect(noiVu.deadlines.map((d) => d.indicatorCode)).toEqual(["1.1"]);
      expect(noiVu.deadlines[0]).toMatchObject({ overdue: true, daysLeft: -3 });

      const admin = await api.as("adminDN").inbox.mine();
      expect(admin.toReview.map((i) => [i.indicatorCode, i.ownSubmission])).toEqual([
        ["1.3", true],
        ["3.2", false],
      ]);
      expect(admin.returned.map((i) => i.indicatorCode)).toEqual(["8.4"]);
      expect(admin.deadlines.map((d) => d.indicatorCode)).toEqual(["1.1", "8.4"]);
      expect(admin.counts).toEqual({ returned: 1, toReview: 2, toLock: 0, deadlines: 2 });

      // Nothing of Da Nang reaches Quang Ninh, its agencies or a viewer's inbox.
      for (const user of ["adminQN", "ttttQN", "viewerDN"] as const) {
        const other = await api.as(user).inbox.mine();
        expect(other.counts).toEqual({ returned: 0, toReview: 0, toLock: 0, deadlines: 0 });
      }
    });
  });

  describe("submitting, locking and reopening", () => {
    it("submitting with incomplete indicators needs confirmation, listing what is incomplete", async () => {
      const detail = await api.as("adminDN").assessments.get({ assessmentId: dn2022 });
      const refused = await refusal(
        api.as("adminDN").assessments.transition({ assessmentId: dn2022, action: "submit", expectedVersion: detail.assessment.version }),
      );
      expect(refused.code).toBe("CONFIRMATION_REQUIRED");
      const counts = refused.details?.counts as Record<string, number>;
      expect(counts.returned).toBe(1);
      expect(counts.submitted).toBe(2);
      expect(counts.draft).toBeGreaterThan(90);
      expect(counts.missingInputs).toBeGreaterThan(90);
      expect(counts.missingEvidence).toBeGreaterThan(0);
      // The first 50 items travel with the refusal; the whole list is assessments.completeness.
      const items = refused.details?.items as { indicatorCode: string; problems: string[] }[];
      expect(items).toHaveLength(50);
      // 1.1 is approved: what it still lacks is its inputs.
      expect(items[0]!.indicatorCode).toBe("1.1");
      expect(items[0]!.problems).toContain("missingInputs");
      expect(items[0]!.problems).not.toContain("draft");
      expect((await api.as("adminDN").assessments.get({ assessmentId: dn2022 })).assessment.status).toBe("open");

      const completeness = await api.as("viewerDN").assessments.completeness({ assessmentId: dn2022 });
      expect(completeness.incomplete).toBe(refused.details?.incomplete);
      expect(completeness.items.find((i) => i.indicatorCode === "8.4")).toMatchObject({
        problems: expect.arrayContaining(["returned", "missingInputs"]),
        reason: "Thiếu danh sách hộ có địa chỉ số",
      });
      expect(completeness.indices.find((i) => i.index === "I")).toMatchObject({ approved: 2 });
      expect(completeness.indices.find((i) => i.index === "III")).toMatchObject({ approved: 1 });

      const submitted = await api
        .as("adminDN")
        .assessments.transition({ assessmentId: dn2022, action: "submit", expectedVersion: detail.assessment.version, confirm: true });
      expect(submitted.status).toBe("submitted");
      expect((await api.as("national").inbox.mine()).toLock.map((a) => a.assessmentId)).toEqual([dn2022]);
      // A submitted assessment's indicators no longer wait in anyone's inbox.
      expect((await api.as("adminDN").inbox.mine()).counts).toMatchObject({ returned: 0, toReview: 0 });
    });

    it("only a national admin reopens, and only with a reason, which the audit log keeps; a locked one too", async () => {
      let version = (await api.as("adminDN").assessments.get({ assessmentId: dn2022 })).assessment.version;
      expect(
        (
          await refusal(
            api.as("adminDN").assessments.transition({ assessmentId: dn2022, action: "reopen", expectedVersion: version, reason: "x" }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      const locked = await api.as("national").assessments.transition({ assessmentId: dn2022, action: "lock", expectedVersion: version });
      version = locked.version;
      const noReason = await refusal(
        api.as("national").assessments.transition({ assessmentId: dn2022, action: "reopen", expectedVersion: version }),
      );
      expect(noReason.code).toBe("VALIDATION_FAILED");
      expect(noReason.fields[0]).toMatchObject({ path: "reason" });
      expect(
        (
          await refusal(
            api.as("national").assessments.transition({ assessmentId: dn2022, action: "reopen", expectedVersion: version, reason: "   " }),
          )
        ).code,
      ).toBe("VALIDATION_FAILED");
      const reopened = await api.as("national").assessments.transition({
        assessmentId: dn2022,
        action: "reopen",
        expectedVersion: version,
        reason: "Bộ yêu cầu bổ sung minh chứng 8.4",
      });
      expect(reopened.status).toBe("open");
      const { entries } = await api.as("national").audit.list({ entity: "assessment", entityId: dn2022 });
      expect(entries[0]).toMatchObject({
        action: "assessment.reopen",
        before: { status: "locked" },
        after: { status: "open", reason: "Bộ yêu cầu bổ sung minh chứng 8.4" },
      });
    });
  });

  describe("carry-forward", () => {
    let dn2023: string;

    it("a 2023 assessment started from the 2022 one has its values, each marked to confirm", async () => {
      await api.as("adminDN").assessments.setInput({ assessmentId: dn2022, inputId: "3.3.a", value: 250000, expectedVersion: null });
      await api.as("adminDN").assessments.setInput({ assessmentId: dn2022, inputId: "3.3.b", value: 300000, expectedVersion: null });
      await api.as("adminDN").assessments.setInput({
        assessmentId: dn2022,
        inputId: "8.4.a",
        value: 1000,
        expectedVersion: null,
        source: "Báo cáo Sở TTTT",
      });
      const created = await api
        .as("adminDN")
        .assessments.create({ unitId: "p63-48", period: 2023, packId: "dti-province-2022", carryForwardFrom: dn2022 });
      dn2023 = created.id;
      expect(created.carriedForward).toMatchObject({ fromAssessmentId: dn2022, fromPeriod: 2022, values: 3, skipped: [] });
      const detail = await api.as("ttttDN").assessments.get({ assessmentId: dn2023 });
      const carried = detail.inputs.map((v) => [v.value, v.carriedFromPeriod, v.carriedPending]);
      expect(carried).toHaveLength(3);
      expect(carried).toEqual(
        expect.arrayContaining([
          [250000, 2022, true],
          [300000, 2022, true],
          [1000, 2022, true],
        ]),
      );
      expect(detail.inputs.find((v) => v.value === 1000)!.source).toBe("Báo cáo Sở TTTT");
      expect(detail.workflow).toEqual([]);
    });

    it("confirming clears the mark (all of an indicator at once), changing a value clears it too", async () => {
      const before = await api.as("adminDN").assessments.get({ assessmentId: dn2023 });
      const byId = new Map(before.inputs.map((v) => [v.inputId, v]));
      const id33a = before.inputs.find((v) => v.value === 250000)!.inputId;
      // An agency not assigned 3.3 may not confirm its values.
      expect((await refusal(api.as("noiVuDN").assessments.confirmCarried({ assessmentId: dn2023, indicatorCode: "3.3" }))).code).toBe(
        "FORBIDDEN",
      );
      const confirmed = await api.as("ttttDN").assessments.confirmCarried({ assessmentId: dn2023, indicatorCode: "3.3" });
      expect(confirmed.confirmed).toHaveLength(2);
      // Again: nothing left to confirm.
      expect((await api.as("ttttDN").assessments.confirmCarried({ assessmentId: dn2023, indicatorCode: "3.3" })).confirmed).toEqual([]);

      const eightFourA = [...byId.values()].find((v) => v.value === 1000)!;
      const changed = await api
        .as("ttttDN")
        .assessments.setInput({ assessmentId: dn2023, inputId: "8.4.a", value: 1200, expectedVersion: eightFourA.version });
      expect(changed).toMatchObject({ value: 1200, carriedFromPeriod: null, carriedPending: false });

      const after = await api.as("adminDN").assessments.get({ assessmentId: dn2023 });
      expect(after.inputs.find((v) => v.inputId === id33a)).toMatchObject({
        carriedFromPeriod: 2022,
        carriedPending: false,
        version: byId.get(id33a)!.version,
      });
      const { entries } = await api.as("adminDN").audit.list({ assessmentId: dn2023, limit: 100 });
      expect(entries.filter((e) => e.action === "input.confirm")).toHaveLength(2);
      // The 2022 assessment keeps its own values, unmarked.
      const old = await api.as("adminDN").assessments.get({ assessmentId: dn2022 });
      expect(old.inputs.every((v) => v.carriedFromPeriod === null && !v.carriedPending)).toBe(true);
    });

    it("values imported from an earlier year's file are marked to confirm; a later year is refused", async () => {
      const imported = await api
        .as("adminDN")
        .assessments.importValues({ assessmentId: dn2023, values: [{ inputId: "3.2.a", value: 5 }], carriedFromPeriod: 2022 });
      expect(imported.written).toBe(1);
      const detail = await api.as("adminDN").assessments.get({ assessmentId: dn2023 });
      expect(detail.inputs.filter((v) => v.carriedPending).map((v) => v.value)).toEqual([5]);
      const later = await refusal(
        api
          .as("adminDN")
          .assessments.importValues({ assessmentId: dn2023, values: [{ inputId: "3.2.a", value: 6 }], carriedFromPeriod: 2024 }),
      );
      expect(later.code).toBe("VALIDATION_FAILED");
      expect(later.fields[0]).toMatchObject({ path: "carriedFromPeriod" });
    });

    it("another pack without a crosswalk from it is refused with a coded error naming both; another province's assessment is not found", async () => {
      const other = await refusal(
        api
          .as("adminDN")
          .assessments.create({ unitId: "p63-48", period: 2023, packId: "dti-province-2022-other", carryForwardFrom: dn2022 }),
      );
      expect(other.code).toBe("CARRY_FORWARD_UNSUPPORTED");
      expect(other.details).toMatchObject({ fromPack: "dti-province-2022", toPack: "dti-province-2022-other" });
      expect(other.message).toContain("dti-province-2022-other declares no crosswalk from dti-province-2022");
      expect((other.details?.text as { vi: string }).vi).toContain("không có bảng chuyển đổi từ dti-province-2022");
      // Nothing was created.
      expect((await api.as("adminDN").assessments.list({ unitId: "p63-48", period: 2023 })).map((a) => a.pack.id)).toEqual([
        "dti-province-2022",
      ]);
      expect(
        (
          await refusal(
            api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2023, packId: "dti-province-2022", carryForwardFrom: dn2022 }),
          )
        ).code,
      ).toBe("NOT_FOUND");
      const qn2022 = await api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2022 });
      const wrongUnit = await refusal(
        api.as("national").assessments.create({ unitId: "p63-48", period: 2023, packId: "dti-province-2022", carryForwardFrom: qn2022.id }),
      );
      expect(wrongUnit.code).toBe("VALIDATION_FAILED");
    });
  });
});
