import { mapInputSchema, mapOutputSchema } from "@dti/contracts";
import { mapOf } from "../services/map";
import { authedProcedure, router } from "../trpc";

export const mapRouter = router({
  /**
   * What the map draws for a year: its figures on the 63 or the 34, or the back-cast of the 63's
   * figures onto the 34 (labelled, with each new unit's old units); every year with data is listed.
   * Published figures for everyone signed in; computed ones for national admins.
   */
  get: authedProcedure
    .input(mapInputSchema)
    .output(mapOutputSchema)
    .query(async ({ ctx, input }) => mapOf(ctx, input)),
});
