import { useOutletContext } from "react-router";
import type { AssessmentDetail } from "../../api/hooks";
import type { PackModel } from "../../pack/model";

export interface AssessmentContext {
  detail: AssessmentDetail;
  model: PackModel;
  /** The user may enter values now (open assessment, indicator assigned to them). */
  canEdit(code: string): boolean;
}

export function useAssessmentContext(): AssessmentContext {
  return useOutletContext<AssessmentContext>();
}
