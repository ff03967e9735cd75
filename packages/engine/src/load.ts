import { PACK_MESSAGES, validatePack, type Pack, type PackIssue, type ValidationReport } from "@dti/pack-sdk";
import semver from "semver";
import { compilePack, type CompiledPack } from "./compile-pack";
import { EngineError } from "./errors";
import { expressionProblem } from "./expression";
import { deepFreeze, fingerprint } from "./hash";
import type { PackRef } from "@dti/contracts";

/** A validated, frozen, fingerprinted and compiled pack, ready to score. */
export interface LoadedPack {
  readonly pack: Pack;
  readonly ref: PackRef;
  /** Validation warnings (provisional indicators, …): doubts stay visible. */
  readonly warnings: readonly PackIssue[];
  readonly compiled: CompiledPack;
}

export interface PackCheck extends ValidationReport {
  pack?: Pack;
  compiled?: CompiledPack;
}

export interface CheckOptions {
  /**
   * The packs the host knows (installed packs, a registry, the packs a test imports): each crosswalk is
   * checked against the content of the pack it maps from (see validatePack).
   */
  packs?: readonly Pack[];
}

/**
 * Schema, references, hierarchy, points, expressions (with the engine's parser, indicator by
 * indicator), crosswalks and the engine range, in one pass: every problem at once, each with its
 * indicator's code in its path. The pack is compiled only when nothing is wrong.
 */
export function checkPack(candidate: unknown, engineVersion: string, options: CheckOptions = {}): PackCheck {
  const report = validatePack(candidate, { ...options, checkExpression: expressionProblem });
  const errors = [...report.errors];
  const meta = (candidate as { meta?: { engine?: unknown } } | null)?.meta;
  const range = typeof meta?.engine === "string" ? meta.engine : undefined;
  const issue = (code: PackIssue["code"], key: "engine_range" | "engine_incompatible", params: Record<string, string>): PackIssue => ({
    code,
    path: ["meta", "engine"],
    where: "meta.engine",
    message: PACK_MESSAGES[key].en(params),
    text: { key, params },
  });
  if (range !== undefined && range.length > 0) {
    if (!semver.validRange(range)) errors.push(issue("SCHEMA", "engine_range", { range }));
    else if (!semver.satisfies(engineVersion, range, { includePrerelease: true }))
      errors.push(issue("ENGINE_INCOMPATIBLE", "engine_incompatible", { range, engine: engineVersion }));
  }
  const { pack } = report;
  if (errors.length > 0 || !pack) return { ...report, errors };
  return { ...report, errors, compiled: compilePack(pack) };
}

export function loadPack(candidate: unknown, engineVersion: string, options: CheckOptions = {}): LoadedPack {
  const check = checkPack(candidate, engineVersion, options);
  if (check.errors.length > 0 || !check.pack || !check.compiled) {
    const incompatible = check.errors.length > 0 && check.errors.every((e) => e.code === "ENGINE_INCOMPATIBLE");
    const id = (candidate as { meta?: { id?: unknown } })?.meta?.id;
    throw new EngineError(
      incompatible ? "PACK_ENGINE_INCOMPATIBLE" : "PACK_INVALID",
      `pack ${typeof id === "string" ? id : "(unnamed)"} is not valid: ${check.errors.length} problem(s); first: ${check.errors[0]?.message ?? "unknown"}`,
      { issues: check.errors },
    );
  }
  const pack = deepFreeze(check.pack);
  return Object.freeze({
    pack,
    ref: Object.freeze({ id: pack.meta.id, version: pack.meta.version, hash: fingerprint(pack) }),
    warnings: Object.freeze(check.warnings),
    compiled: check.compiled,
  });
}
