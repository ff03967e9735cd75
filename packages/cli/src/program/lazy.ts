import type { CommandContext } from "../context";

/**
 * A command's action, loaded when the command runs: the module that does the work (and the engine,
 * packs and libraries it imports) is imported then, not when `dti` starts. The compiled command splits
 * each such module into its own file (tooling/build, `--split`), so `dti --version` loads none of them.
 */
export function lazy<A extends unknown[]>(
  ctx: CommandContext,
  load: () => Promise<(ctx: CommandContext, ...args: A) => unknown>,
  options: { engine?: boolean } = {},
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const [run] = await Promise.all([
      load(),
      options.engine === false
        ? undefined
        : import("@dti/engine").then(({ createEngine }) => {
            ctx.engine = createEngine();
          }),
    ]);
    await run(ctx, ...args);
  };
}
