import { main } from "../main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
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
    ...(options.env ? { env: options.env } : {}),
  });
  return { code, stdout, stderr };
}
