import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblems, verifyPassword } from "./password";

describe("password hashing", () => {
  it("encodes scrypt's parameters and a 16-byte salt in the hash", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
  });

  it("salts: the same password hashes differently twice", async () => {
    expect(await hashPassword("same password here")).not.toBe(await hashPassword("same password here"));
  });

  it("still verifies hashes made with other parameters (they travel in the string)", async () => {
    const cheap = await hashPassword("an older hash of mine", { ln: 10, r: 8, p: 1 });
    expect(await verifyPassword("an older hash of mine", cheap)).toBe(true);
  });

  it.each(["", "plain", "scrypt$ln=15,r=8,p=1$abc$def", "scrypt$ln=40,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA"])(
    "never matches (nor throws on) a malformed stored hash %j",
    async (stored) => {
      expect(await verifyPassword("whatever password", stored)).toBe(false);
    },
  );

  it("treats composed and decomposed Vietnamese the same (NFC)", async () => {
    const hash = await hashPassword("Mật khẩu rất dài nhé");
    expect(await verifyPassword("Mật khẩu rất dài nhé".normalize("NFD"), hash)).toBe(true);
  });
});

describe("password policy", () => {
  it.each([
    ["short", ["at least 12 characters"]],
    ["aaaaaaaaaaaaaaaa", ["at least 4 different characters"]],
    ["a long enough pass", []],
  ])("%j → %j", (password, problems) => {
    expect(passwordProblems(password)).toEqual(problems);
  });
});
