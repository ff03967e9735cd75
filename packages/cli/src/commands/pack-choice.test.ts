import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "@dti/engine";
import { choosePackForYear } from "../packs";
import { run } from "../test/run";
import { fullInputs, samplePack, tempDir, writePackDir } from "../test/sample-pack";

/** A host with two installed packs: sample-pack for 2022, and a later revision for 2022 and 2023. */
let dir: string;

beforeAll(() => {
  dir = tempDir();
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "host", dependencies: { "@test/sample-pack": "1.0.0", "@test/sample-pack-bis": "1.0.0" } }),
  );
  const scope = join(dir, "node_modules", "@test");
  mkdirSync(scope, { recursive: true });
  writePackDir(scope, samplePack(), "sample-pack");
  const bis = samplePack();
  bis.meta.id = "sample-pack-bis";
  bis.meta.years = [2022, 2023];
  bis.meta.legalBasis.date = "2023-06-01";
  writePackDir(scope, bis, "sample-pack-bis");
  writeFileSync(join(dir, "input.json"), JSON.stringify({ units: [{ code: "A", inputs: fullInputs }] }));
  writeFileSync(join(dir, "input.csv"), "code,households_total\nA,10\n");
  writeFileSync(join(dir, "indices.csv"), "code,I,II\nA,0.5,0.5\n");
});

const opts = () => ({ cwd: dir, hostDir: dir });

describe("the pack for a year, when --pack is left out", () => {
  it("takes the only installed pack whose years include the period, and says so on stderr", async () => {
    const { code, stdout, stderr } = await run(["--lang", "en", "score", "--input", "input.json", "--period", "2023", "--json"], opts());
    expect(code).toBe(0);
    expect(stderr).toBe("dti: no --pack given: sample-pack-bis 1.0.0 is the installed pack for 2023\n");
    expect(JSON.parse(stdout).pack.id).toBe("sample-pack-bis");
    const aggregated = await run(["aggregate", "--index-values", "indices.csv", "--period", "2023", "--json"], opts());
    expect(aggregated.code).toBe(0);
    expect(JSON.parse(aggregated.stdout).pack.id).toBe("sample-pack-bis");
  });

  it("fails with PACK_CHOICE_REQUIRED when two packs apply to the year, and takes the one named", async () => {
    const { code, stdout, stderr } = await run(["--lang", "en", "score", "--input", "input.json", "--period", "2022"], opts());
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "error PACK_CHOICE_REQUIRED: 2 packs apply to 2022: sample-pack-bis, sample-pack; name one with --pack (`dti packs` lists them)\n",
    );
    const aggregate = await run(["--lang", "en", "aggregate", "--index-values", "indices.csv", "--period", "2022"], opts());
    expect(aggregate.code).toBe(1);
    expect(aggregate.stderr).toMatch(/^error PACK_CHOICE_REQUIRED: /);
    const named = await run(["score", "--pack", "sample-pack", "--input", "input.json", "--period", "2022", "--json"], opts());
    expect(named.code).toBe(0);
    expect(named.stderr).toBe("");
    expect(JSON.parse(named.stdout).pack.id).toBe("sample-pack");
  });

  it("needs a pack or a period, and says when no pack applies", async () => {
    const csv = await run(["--lang", "en", "score", "--input", "input.csv"], opts());
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(
      /^error PACK_REQUIRED: no pack given: use --pack <id>, or give the period so that the pack for that year is chosen/,
    );
    const aggregate = await run(["aggregate", "--index-values", "indices.csv"], opts());
    expect(aggregate.code).toBe(2);
    expect(aggregate.stderr).toMatch(/^error PACK_REQUIRED: /);
    const none = await run(["--lang", "en", "score", "--input", "input.json", "--period", "2030"], opts());
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      "error PACK_NOT_FOUND: no installed pack applies to 2030; packs cover sample-pack (2022); sample-pack-bis (2022, 2023)\n",
    );
  });

  it("chooses from the packs' metadata and loads (validates, compiles) the chosen pack alone", async () => {
    const real = createEngine();
    const loads: string[] = [];
    const engine: Engine = {
      ...real,
      load: (content, options) => {
        loads.push((content as { meta: { id: string } }).meta.id);
        return real.load(content, options);
      },
    };
    const io = { cwd: dir, hostDir: dir, stdout: () => {}, stderr: () => {} };
    expect((await choosePackForYear(io, engine, 2023)).ref.id).toBe("sample-pack-bis");
    expect(loads).toEqual(["sample-pack-bis"]);
  });

  it("names the packs whose metadata cannot be read when none applies", async () => {
    const other = tempDir();
    writeFileSync(
      join(other, "package.json"),
      JSON.stringify({ name: "host", dependencies: { "@test/sample-pack": "1.0.0", "@test/no-meta": "1.0.0" } }),
    );
    const scope = join(other, "node_modules", "@test");
    mkdirSync(scope, { recursive: true });
    writePackDir(scope, samplePack(), "sample-pack");
    writePackDir(scope, { indicators: [] }, "no-meta");
    const { code, stderr } = await run(["--lang", "en", "score", "--input", "input.json", "--period", "2030"], {
      cwd: dir,
      hostDir: other,
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "error PACK_NOT_FOUND: no installed pack applies to 2030; packs cover sample-pack (2022); no-meta could not be loaded (`dti packs` says why)\n",
    );
  });
});
