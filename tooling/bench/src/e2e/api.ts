import autocannon from "autocannon";
import { startBenchServer } from "./api-server";

export interface LoadFigures {
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Bytes on the wire per answer (compressed when the server compresses). */
  bytesPerAnswer: number;
  non2xx: number;
  errors: number;
}

export interface ApiFigures {
  connections: number;
  seconds: number;
  health: LoadFigures;
  scorecard: LoadFigures;
  /** scorecard req/s ÷ health req/s (target ≥ 0.30). */
  scorecardOverHealth: number;
}

async function load(
  url: string,
  path: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  // The load comes from a worker thread, as it would from another machine: in the server's own
  // thread, reading 9 kB answers cost the client more than the server spent writing them.
  const result = await autocannon({ url: `${url}${path}`, connections, duration: seconds, headers, workers: 1 });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerAnswer: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * The API in this process (embedded PGlite, the demo), loaded by autocannon (in a worker thread) over 127.0.0.1: first
 * `/api/health` (a trivial answer: one `select 1`), then the demo province A's scorecard
 * (`GET /api/v1/assessments/:id/score`, signed in, 80 kB of JSON before compression), each for
 * `seconds` after a one-second warm-up. Both ask for brotli or gzip as a browser does.
 */
export async function benchApi(options: { seconds?: number; connections?: number } = {}): Promise<ApiFigures> {
  const seconds = options.seconds ?? 5;
  const connections = options.connections ?? 10;
  const server = await startBenchServer();
  try {
    const accept = { "accept-encoding": "br, gzip" };
    const scorecardPath = `/api/v1/assessments/${server.assessmentId}/score`;
    const signedIn = { ...accept, cookie: server.cookie };
    await load(server.url, "/api/health", accept, connections, 1);
    const health = await load(server.url, "/api/health", accept, connections, seconds);
    await load(server.url, scorecardPath, signedIn, connections, 1);
    const scorecard = await load(server.url, scorecardPath, signedIn, connections, seconds);
    return {
      connections,
      seconds,
      health,
      scorecard,
      scorecardOverHealth: scorecard.requestsPerSecond / health.requestsPerSecond,
    };
  } finally {
    await server.close();
  }
}
