import { fileURLToPath } from "node:url";

/**
 * DỮ LIỆU MINH HỌA — demo data, `@dti-packs/dti-province-2022/demo`: three FICTIONAL provinces
 * ("Tỉnh Demo A/B/C (dữ liệu minh họa)", codes DEMO-A/B/C) with made-up figures for every input of
 * this pack, as a 2022 scoring input (`{ description, pack, period, units }`). Not any province's
 * figures. `pnpm demo` scores it and the API seeds it in demo mode; `pnpm --filter @dti/cli run
 * demo:data` writes it again from the pack.
 */
export const DEMO_2022_URL: URL = new URL("../demo/demo-2022.json", import.meta.url);

/** The same file as a path, for a command line (`dti score --input`). */
export const DEMO_2022_FILE: string = fileURLToPath(DEMO_2022_URL);
