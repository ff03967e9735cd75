/**
 * The engine's Node-only entry: finding installed packs among a host's dependencies and loading a pack
 * from a directory or a bundle file read the file system and import modules, so they live here, apart
 * from the pure engine (`@dti/engine`), which runs unchanged in the browser.
 */
export {
  discoverInstalledPacks,
  discoverPacks,
  importPackFromDirectory,
  readBundle,
  resolvePackSource,
  type DiscoverOptions,
  type FoundPack,
  type InstalledPack,
  type PackOrigin,
  type PackSource,
} from "./plugins";
