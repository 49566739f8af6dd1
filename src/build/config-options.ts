import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildPass } from "./build-pass.ts";
import { type DevSession, devSession } from "./dev-session.ts";
import type { BuildHub } from "./load-hub.ts";
import { readSettings, type Settings } from "./settings.ts";

/** What the Eleventy config (`eleventy.config.ts`) needs to know about one run of Eleventy. */
export interface ConfigOptions {
  /** Where to write (`outputDir`), the path prefix, the data folder to watch. */
  settings: Settings;
  /** Which pass of a build in passes this run is (src/build/build-pass.ts); unset, it writes every page. */
  pass: BuildPass | undefined;
  /** The `hub` every template sees; called once per run of Eleventy. */
  hub: () => Promise<BuildHub>;
  /** The dev server's session (`npm start`, or a test acting as it), which picks each rebuild's pages (dev-session.ts). */
  dev?: DevSession | undefined;
}

/**
 * Eleventy loads the config file itself, so a build cannot call it with arguments. The build
 * gives Eleventy a config callback instead (the constructor's `config` option,
 * https://www.11ty.dev/docs/programmatic/), which Eleventy runs just before the config file, on
 * the same `eleventyConfig`; the callback leaves the options there for the file to pick up. The
 * key is a registered symbol, not a module's variable: under vitest the build and the config file
 * are loaded by two module systems that share no module state, only the objects passed between them.
 */
const KEY = Symbol.for("advocacy-resource-hub.config-options");

/** The config callback that hands `options` to eleventy.config.ts. */
export function handToConfig(options: ConfigOptions): (eleventyConfig: UserConfig) => void {
  return (eleventyConfig) => {
    Reflect.set(eleventyConfig, KEY, options);
  };
}

/**
 * The options a build handed over; or, for the dev server (`npm start`), which has no caller to
 * hand any, the environment's settings and a session that reads the data again on every save
 * and renders what it changed (dev-session.ts).
 */
export function configOptions(eleventyConfig: UserConfig, env: NodeJS.ProcessEnv): ConfigOptions {
  const handed: unknown = Reflect.get(eleventyConfig, KEY);
  if (handed) return handed as ConfigOptions;
  const settings = readSettings(env);
  const dev = devSession({ load: settings, pathPrefix: settings.pathPrefix, watch: settings.serving });
  return { settings, pass: undefined, hub: dev.hub, dev };
}
