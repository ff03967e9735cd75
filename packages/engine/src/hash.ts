import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { canonicalJson } from "@dti/pack-sdk";

export { canonicalJson };

const utf8 = new TextEncoder();

/**
 * The content fingerprint of a pack: "sha256:" + hex of its canonical JSON (UTF-8). A pure
 * implementation, not node:crypto, so the engine runs unchanged in the browser; the bytes hashed
 * and so the fingerprints are the same as before.
 */
export function fingerprint(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8.encode(canonicalJson(value))))}`;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}
