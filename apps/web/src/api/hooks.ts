import { useQuery } from "@tanstack/react-query";
import type { Pack } from "@dti/pack-sdk/model";
import { api, type RouterOutputs } from "./client";

export type AssessmentDetail = RouterOutputs["assessments"]["get"];
export type Assessment = AssessmentDetail["assessment"];
export type ScoreOutput = RouterOutputs["assessments"]["score"];
export type UnitResult = ScoreOutput["result"]["units"][number];
export type PackSummary = RouterOutputs["packs"]["list"][number];
export type PackDetail = RouterOutputs["packs"]["get"];
/** What a new assessment took from an earlier one (the create answer's `carriedForward`). */
export type CarriedForward = NonNullable<RouterOutputs["assessments"]["create"]["carriedForward"]>;
/** An input not carried, with why in Vietnamese and English. */
export type CarrySkip = CarriedForward["skipped"][number];

/** Query keys in one place, so that a save can refresh exactly what depends on it. */
export const keys = {
  assessments: (input: { unitId?: string; period?: number } = {}) => ["assessments.list", input] as const,
  assessment: (id: string) => ["assessments.get", id] as const,
  score: (id: string) => ["assessments.score", id] as const,
  pack: (rowId: string) => ["packs.get", rowId] as const,
  packs: () => ["packs.list"] as const,
  units: (at?: string) => ["units.list", at ?? "all"] as const,
  evidence: (assessmentId: string, code?: string) => ["evidence.list", assessmentId, code ?? "all"] as const,
  plans: (assessmentId: string) => ["plans.list", assessmentId] as const,
  rankings: (period: number, packId?: string) => ["rankings.get", period, packId ?? "default"] as const,
  published: (period: number, packId?: string) => ["published.list", period, packId ?? "default"] as const,
};

export function useAssessments(input: { unitId?: string; period?: number } = {}) {
  return useQuery({ queryKey: keys.assessments(input), queryFn: () => api.assessments.list.query(input) });
}

export function useAssessment(id: string) {
  return useQuery({ queryKey: keys.assessment(id), queryFn: () => api.assessments.get.query({ assessmentId: id }) });
}

export function useScore(id: string) {
  return useQuery({ queryKey: keys.score(id), queryFn: () => api.assessments.score.query({ assessmentId: id }), staleTime: 5_000 });
}

export function usePacks() {
  return useQuery({ queryKey: keys.packs(), queryFn: () => api.packs.list.query(), staleTime: 5 * 60_000 });
}

/** A pack with its content typed as the SDK's Pack (the API sends it as the bundle holds it). */
export function usePack(rowId: string | undefined) {
  return useQuery({
    queryKey: keys.pack(rowId ?? ""),
    queryFn: async () => {
      const detail = await api.packs.get.query({ id: rowId! });
      return { ...detail, content: detail.content as Pack };
    },
    enabled: rowId !== undefined,
    staleTime: Infinity,
  });
}

export function useUnits(at?: string) {
  return useQuery({
    queryKey: keys.units(at),
    queryFn: () => api.units.list.query(at ? { at, includeDemo: true } : { includeDemo: true }),
    staleTime: 10 * 60_000,
  });
}
