import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, settingsFromEnv } from "./context";

describe("settings from the environment", () => {
  it("reads separation of duties and the session cache, leaving the rest to the defaults", () => {
    expect(settingsFromEnv({})).toEqual({});
    expect(settingsFromEnv({ DTI_SEPARATION_OF_DUTIES: "0", DTI_SESSION_CACHE_MS: "0" })).toEqual({
      separationOfDuties: false,
      sessionCacheMs: 0,
    });
    expect(settingsFromEnv({ DTI_SESSION_CACHE_MS: " 2000 " })).toEqual({ sessionCacheMs: 2000 });
    expect(DEFAULT_SETTINGS.sessionCacheMs).toBe(5000);
  });

  it("refuses a session cache time that is not whole milliseconds from 0 to 60000, naming the variable", () => {
    for (const bad of ["-1", "1.5", "5s", "60001"])
      expect(() => settingsFromEnv({ DTI_SESSION_CACHE_MS: bad })).toThrow(
        /DTI_SESSION_CACHE_MS must be a whole number of milliseconds from 0 to 60000/,
      );
  });
});
