import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { ApiError } from "../errors";

/**
 * Password hashing with node:crypto's scrypt — no native module to build. The parameters travel in
 * the hash string (`scrypt$ln=15,r=8,p=1$<salt>$<hash>`), so they can be raised later while old
 * hashes still verify.
 */
const DEFAULT = { ln: 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

export const PASSWORD_MIN_LENGTH = 12;

function scrypt(password: string, salt: Buffer, params: { ln: number; r: number; p: number }): Promise<Buffer> {
  const N = 2 ** params.ln;
  // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly N=2^15, r=8, so leave room.
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, params: { ln: number; r: number; p: number } = DEFAULT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, params);
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

/** Constant-time comparison; a malformed stored hash never matches (and never throws). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(stored);
  if (!match) return false;
  const [, ln, r, p, salt, hash] = match;
  const params = { ln: Number(ln), r: Number(r), p: Number(p) };
  if (params.ln < 10 || params.ln > 20) return false;
  const expected = Buffer.from(hash!, "base64url");
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await scrypt(password, Buffer.from(salt!, "base64url"), params);
  return timingSafeEqual(actual, expected);
}

/** A hash of nothing, verified when the e-mail is unknown so that timing does not reveal which accounts exist. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString("hex"));
  return decoy;
}

/** Every reason a password is refused, in words a person can act on. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > 0 && new Set(password).size < 4) problems.push("at least 4 different characters");
  if (password.length > 1024) problems.push("at most 1024 characters");
  return problems;
}

export function assertPasswordPolicy(password: string, path = "password"): void {
  const problems = passwordProblems(password);
  if (problems.length > 0)
    throw new ApiError("PASSWORD_WEAK", `the password needs ${problems.join(" and ")}`, {
      fields: problems.map((p) => ({ path, message: `the password needs ${p}`, expected: p })),
    });
}
