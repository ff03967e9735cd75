import { validatePack, type Pack, type PackIssue, type ValidationReport } from "@dti/pack-sdk";
import semver from "semver";
import { compilePack, type CompiledPack } from "./compile-pack";
import { EngineError } from "./errors";
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

/** Schema, invariants, engine range and compilation (expressions, nested rules), all problems at once. */
export function checkPack(candidate: unknown, engineVersion: string): PackCheck {
  const report = validatePack(candidate);
  const { pack } = report;
  if (!pack) return report;
  const errors = [...report.errors];
  if (!semver.validRange(pack.meta.engine))
    errors.push({ code: "SCHEMA", path: ["meta", "engine"], message: `"${pack.meta.engine}" is not a semver range such as ^0.1.0` });
  else if (!semver.satisfies(engineVersion, pack.meta.engine, { includePrerelease: true }))
    errors.push({
      code: "ENGINE_INCOMPATIBLE",
      path: ["meta", "engine"],
      message: `the pack supports engine ${pack.meta.engine}; this engine is ${engineVersion}`,
    });
  if (errors.length > 0) return { ...report, errors };
  try {
    return { ...report, compiled: compilePack(pack) };
  } catch (error) {
    return { ...report, errors: [...errors, { code: "EXPRESSION", path: ["indicators"], message: (error as Error).message }] };
  }
}

export function loadPack(candidate: unknown, engineVersion: string): LoadedPack {
  const check = checkPack(candidate, engineVersion);
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
