import { main } from "../main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The process's environment without DTI_LANG: tests say the language they expect (Vietnamese by default). */
export function testEnv(): NodeJS.ProcessEnv {
  const { DTI_LANG: _lang, ...env } = process.env;
  return env;
}

/** Runs `dti …` in-process, capturing what it writes. */
export async function run(argv: string[], options: { cwd?: string; hostDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? process.cwd(),
    ...(options.hostDir ? { hostDir: options.hostDir } : {}),
    env: options.env ?? testEnv(),
  });
  return { code, stdout, stderr };
}
