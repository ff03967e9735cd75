import { useQueryClient } from "@tanstack/react-query";
import { inputUses } from "@dti/pack-sdk/model";
import { useEffect, useMemo, useRef } from "react";
import { api } from "../api/client";
import { apiErrorOf } from "../api/errors";
import { keys, type AssessmentDetail, type ScoreOutput } from "../api/hooks";
import { signedOut } from "../api/query";
import { formatPoints, type Lang } from "../format/number";
import { useI18n } from "../i18n/context";
import type { PackModel } from "../pack/model";
import { EntryStore } from "./store";
import { toText } from "./values";

/** The entry store of an assessment: saves through the API, refreshes the score after each save. */
export function useEntryStore(detail: AssessmentDetail, model: PackModel, lang: Lang, generation = 0): EntryStore {
  const queryClient = useQueryClient();
  const refresh = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { t } = useI18n();
  const texts = useRef(t);
  texts.current = t;
  const assessmentId = detail.assessment.id;
  const store = useMemo(
    () =>
      new EntryStore({
        inputs: new Map([...model.input].filter(([, def]) => def.constant === undefined)),
        initial: detail.inputs.map((v) => ({ inputId: v.inputId, value: v.value, version: v.version, source: v.source ?? null })),
        lang,
        errorOf: apiErrorOf,
        drafts: sessionDrafts(`dti.drafts.${assessmentId}`),
        save: async ({ inputId, value, expectedVersion, source }) => {
          try {
            const row = await api.assessments.setInput.mutate({
              assessmentId,
              inputId,
              value,
              expectedVersion,
              ...(source !== undefined ? { source } : {}),
            });
            return { inputId: row.inputId, value: row.value, version: row.version, source: row.source ?? null };
          } catch (error) {
            // An expired session: the text is in the drafts first, then sign-in, then back here.
            if (apiErrorOf(error).code === "UNAUTHENTICATED") setTimeout(() => signedOut(queryClient), 0);
            throw error;
          }
        },
        // Clearing a value that earns points asks first, saying what the indicators reading it would lose.
        confirmClear: (inputId, stored) => {
          const score = queryClient.getQueryData<ScoreOutput>(keys.score(assessmentId));
          const results = score?.result.units[0]?.indicators ?? {};
          const losing = model.pack.indicators.filter(
            (ind) =>
              (results[ind.code]?.points ?? 0) > 1e-9 &&
              (ind.inputs.some((x) => x.input === inputId) || inputUses(ind.rule).some((u) => u.input === inputId)),
          );
          if (losing.length === 0) return true;
          const points = losing.reduce((sum, ind) => sum + (results[ind.code]?.points ?? 0), 0);
          const def = model.input.get(inputId);
          return window.confirm(
            texts.current("entry.confirmClear", {
              address: model.addressOf(inputId),
              indicators: losing.map((ind) => ind.code).join(", "),
              points: formatPoints(points, lang),
              value: def ? toText(stored, def, lang) : String(stored),
            }),
          );
        },
        onSaved: () => {
          if (refresh.current) clearTimeout(refresh.current);
          refresh.current = setTimeout(() => {
            void queryClient.invalidateQueries({ queryKey: keys.score(assessmentId) });
            void queryClient.invalidateQueries({ queryKey: keys.assessment(assessmentId) });
          }, 400);
        },
      }),
    // The store lives as long as the page: later refetches of the detail must not wipe what is typed.
    // A new generation (after a spreadsheet import) starts again from the stored values.
    [assessmentId, model, generation],
  );
  useEffect(() => () => store.dispose(), [store]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (store.unsaved().length > 0) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [store]);
  return store;
}

/** Unsaved texts of one assessment in this tab's sessionStorage (ignored where storage is refused). */
function sessionDrafts(key: string) {
  return {
    load(): Record<string, string> {
      try {
        return JSON.parse(sessionStorage.getItem(key) ?? "{}") as Record<string, string>;
      } catch {
        return {};
      }
    },
    save(drafts: Record<string, string>): void {
      try {
        if (Object.keys(drafts).length === 0) sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, JSON.stringify(drafts));
      } catch {
        // private mode or full: the page still warns before closing
      }
    },
  };
}
