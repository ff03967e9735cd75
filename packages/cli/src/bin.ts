#!/usr/bin/env -S node --import tsx
import { main } from "./main";
import { processIo } from "./io";

// `dti … | head` closes stdout early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo());
