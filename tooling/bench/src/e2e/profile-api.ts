/**
 * A CPU profile of the API under load, of the load alone (not the start):
 * `node --import tsx src/e2e/profile-api.ts [seconds] [path] > summary` writes `.prof/api.cpuprofile`
 * (open it in Chrome's DevTools). Starts the API in-process, loads the scorecard endpoint (or `path`)
 * with autocannon (10 connections) while the inspector profiles, and exits.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import autocannon from "autocannon";
import { startBenchServer } from "./api-server";

const seconds = Number(process.argv[2] ?? 10);
const server = await startBenchServer();
const path = process.argv[3] ?? `/api/v1/assessments/${server.assessmentId}/score`;
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const result = await autocannon({
  url: `${server.url}${path}`,
  connections: 10,
  duration: seconds,
  headers: { cookie: server.cookie, "accept-encoding": "gzip, br" },
});
const { profile } = await session.post("Profiler.stop");
mkdirSync(".prof", { recursive: true });
writeFileSync(".prof/api.cpuprofile", JSON.stringify(profile));
console.log(
  `${path}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}, bytes/req ${Math.round(result.throughput.average / Math.max(1, result.requests.average))}`,
);
await server.close();
