import { adminCommand } from "./admin-command";

/** `pnpm admin:create …`: the admin command with the process's streams (`node dist/admin.js`, or tsx src/admin.ts). */
process.exitCode = await adminCommand(process.argv.slice(2), {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  env: process.env,
});
