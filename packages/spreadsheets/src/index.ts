export * from "./errors";
export { DEFAULT_WORKBOOK_LIMITS, inspectWorkbook, type WorkbookLimits } from "./limits";
export { resolvePack, type PackSource, type ResolvedPack } from "./pack";
// Reading typed numbers and folding names are rules of the trade with one home, @dti/conventions.
export { readNumber, textKey, type NumberReading } from "@dti/conventions";
export { buildTemplate, type TemplateOptions } from "./template/build";
export { readTemplate, type ReadTemplateOptions, type TemplateProblem, type TemplateReading, type TemplateWarning } from "./template/read";
export { readTemplateMetadata, TEMPLATE_FORMAT, type TemplateMetadata } from "./template/metadata";
export { layoutTemplate, type LayoutRow, type LayoutSheet, type RowRole, type TemplateLayout } from "./template/layout";
export { scorecardWorkbook } from "./exports/scorecard";
export { rankingWorkbook } from "./exports/ranking";
export { planWorkbook, PLAN_STATUS_VI, type PlanItem, type PlanMeta, type PlanStatus } from "./exports/plan";
export { planCsv, rankingCsv, scorecardCsv } from "./exports/csv";
export {
  BOM,
  csvNumber,
  neutralizeFormula,
  parseCsv,
  roundTo,
  toCsv,
  type CsvCell,
  type CsvParseProblem,
  type CsvParseProblemKind,
  type CsvRecord,
  type CsvTable,
} from "./csv/index";
export { headerMeanings, readPublishedResultsCsv, type CsvProblem, type PublishedResults, type PublishedRow } from "./csv/published";
