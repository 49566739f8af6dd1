import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Hub, StoryView } from "../view/hub.ts";

/*
 * A second `npm run build` after one story changed should not render 10,000 story pages again.
 * A story page is a function of its story's view (`StoryView`: the story, its help and its related
 * stories, all in the view model), of what every page shares (the site, the navigation, the help
 * context, the security policy, the path prefix) and of the code (`content/`, `src/`, the config,
 * the locked packages). The build records, beside the site it published, a key for the shared part
 * and one per story page. The next build renders only the story pages whose key changed, and takes
 * the others from the published site, which they are byte for byte. Anything else about the
 * shared part or the code changing, or no record, or no published site, is a full build.
 * Every page that is not a story page (lists, topics, helplines, feed, sitemap, open data) is
 * rendered every time: they are a few hundred and most of them list stories.
 */

/** Changes whenever what a record holds, or how keys are made, changes. */
const FORMAT = "page-reuse 1";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** What a build leaves beside its site for the next one. */
export interface PageRecord {
  format: string;
  /** Everything story pages share, and the code. */
  shared: string;
  /** Each story page's key, by its address. */
  stories: Record<string, string>;
}

/** The record of the site published in `outputDir`, kept in the cache folder. */
export function recordFile(cacheDir: string, outputDir: string): string {
  const absolute = path.resolve(outputDir);
  return path.join(path.resolve(cacheDir), "pages", `${path.basename(absolute)}-${hash(absolute).slice(0, 12)}.json`);
}

/** The record of `hub` built with `pathPrefix` by the code as it is now. */
export async function pageRecord(hub: Hub, pathPrefix: string, contentSecurityPolicy: string): Promise<PageRecord> {
  const shared = hash(
    [
      FORMAT,
      pathPrefix,
      contentSecurityPolicy,
      JSON.stringify([hub.site, hub.helpContext, hub.navigation, hub.footerNavigation]),
      await codeHash(),
    ].join("\0"),
  );
  const stories: Record<string, string> = {};
  for (const story of hub.stories) stories[story.url] = storyKey(story);
  return { format: FORMAT, shared, stories };
}

/** The story pages a build may take from the published site: those whose key is what it was. */
export function reusableStories(previous: PageRecord | undefined, now: PageRecord): Set<string> {
  if (!previous || previous.format !== now.format || previous.shared !== now.shared) return new Set();
  return new Set(Object.keys(now.stories).filter((url) => previous.stories[url] === now.stories[url]));
}

export async function readRecord(file: string): Promise<PageRecord | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as PageRecord;
  } catch {
    return undefined;
  }
}

/** Written only once the site it describes is published (to a temporary name, then renamed). */
export async function writeRecord(file: string, record: PageRecord): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(record));
  await rename(temporary, file);
}

/**
 * Puts the story pages at `urls` from the site in `from` into the site being built in `to`, as
 * links to the same files where the file system allows (no bytes copied), or as copies. Returns
 * the addresses it could not find, which must then be rendered.
 */
export async function reusePages(from: string, to: string, urls: Iterable<string>): Promise<Set<string>> {
  const missing = new Set<string>();
  const list = [...urls];
  for (let start = 0; start < list.length; start += 256) {
    await Promise.all(
      list.slice(start, start + 256).map(async (url) => {
        const file = path.join(url, "index.html");
        const target = path.join(to, file);
        await mkdir(path.dirname(target), { recursive: true });
        try {
          await link(path.join(from, file), target).catch(() => copyFile(path.join(from, file), target));
        } catch {
          missing.add(url);
        }
      }),
    );
  }
  return missing;
}

function storyKey(story: StoryView): string {
  return hash(JSON.stringify(story));
}

/** The templates, the code and the locked packages: what turns a view model into pages. */
async function codeHash(): Promise<string> {
  const digest = createHash("sha256");
  const files: string[] = ["eleventy.config.ts", "package-lock.json"];
  for (const folder of ["content", "src"]) {
    const entries = await readdir(path.join(PROJECT, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile()) files.push(path.relative(PROJECT, path.join(entry.parentPath, entry.name)));
    }
  }
  for (const file of files.sort()) {
    digest.update(`${file}\0`);
    digest.update(await readFile(path.join(PROJECT, file)).catch(() => Buffer.from("missing")));
  }
  return digest.digest("hex");
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
