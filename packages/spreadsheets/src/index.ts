export * from "./errors";
export { resolvePack, type PackSource, type ResolvedPack } from "./pack";
export { readNumber, type NumberReading } from "./numbers";
export { textKey } from "./text";
export { buildTemplate, type TemplateOptions } from "./template/build";
export { readTemplate, type ReadTemplateOptions, type TemplateProblem, type TemplateReading, type TemplateWarning } from "./template/read";
export { readTemplateMetadata, TEMPLATE_FORMAT, type TemplateMetadata } from "./template/metadata";
export { layoutTemplate, type LayoutRow, type LayoutSheet, type RowRole, type TemplateLayout } from "./template/layout";
