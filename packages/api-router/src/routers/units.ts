import { lineageInputSchema, lineageLinkSchema, unitSchema, unitsListInputSchema } from "@dti/contracts";
import { z } from "zod";
import { unitDto } from "../services/dto";
import { authedProcedure, router } from "../trpc";

export const unitsRouter = router({
  /** The provincial units (63 until 2025-06-30, 34 from 2025-07-01); with `at`, those valid that day. */
  list: authedProcedure
    .input(unitsListInputSchema)
    .output(z.array(unitSchema))
    .query(async ({ ctx, input }) => {
      const units = (await ctx.repos.units.list(input.at ? { at: input.at } : {})).map(unitDto);
      return input.includeDemo ? units : units.filter((u) => !u.isDemo);
    }),

  /** Links into and out of a unit through the 2025 merger. */
  lineage: authedProcedure
    .input(lineageInputSchema)
    .output(z.array(lineageLinkSchema))
    .query(async ({ ctx, input }) => {
      await ctx.repos.units.get(input.unitId);
      return ctx.repos.units.lineage({ unitId: input.unitId });
    }),
});
