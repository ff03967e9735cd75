import type { Command } from "commander";
import type { CommandContext } from "../context";
import { registerPackBuild } from "./pack-build";
import { registerPackDiff } from "./pack-diff";
import { registerPackDocs } from "./pack-docs";
import { registerPackNew } from "./pack-new";
import { registerPackRelease } from "./pack-release";
import { registerPackTest } from "./pack-test";
import { registerPackValidate } from "./pack-validate";

export function registerPack(program: Command, ctx: CommandContext): void {
  const pack = program.command("pack").description("validate, build, document, compare, release, scaffold and test indicator packs");
  registerPackValidate(pack, ctx);
  registerPackBuild(pack, ctx);
  registerPackDocs(pack, ctx);
  registerPackDiff(pack, ctx);
  registerPackNew(pack, ctx);
  registerPackRelease(pack, ctx);
  registerPackTest(pack, ctx);
}
