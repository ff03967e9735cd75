import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** A full collection before each timed run, so one contender's garbage is not charged to the next. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return () => {};
  }
}

/** A full garbage collection (a no-op if the runtime does not allow one). */
export const gc = collector();

export interface Timing {
  /** Median of the timed runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export interface Contender {
  name: string;
  run: () => unknown;
}

function summarize(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs };
}

function once(run: () => unknown): number {
  gc();
  const start = process.hrtime.bigint();
  const result = run();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result === undefined) throw new Error("a contender returned nothing");
  return elapsed;
}

/**
 * Warms every contender up, then times them round-robin (so drift of the machine hits all of them
 * alike), with a full GC before each timed run. Returns the median per contender.
 */
export function measure(contenders: Contender[], options: { warmup: number; reps: number }): Map<string, Timing> {
  for (const c of contenders) for (let i = 0; i < options.warmup; i++) once(c.run);
  const runs = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let r = 0; r < options.reps; r++) for (const c of contenders) runs.get(c.name)!.push(once(c.run));
  return new Map([...runs].map(([name, list]) => [name, summarize(list)]));
}
