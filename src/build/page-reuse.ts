import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Hub } from "../view/hub.ts";
import type { Batch } from "./build-pass.ts";

/** What page reuse reads of a prepared hub: every language's hub, and every language's story and list pages. */
export interface PagedHub {
  editions: readonly Hub[];
  pages: Batch;
}

/*
 * A second `npm run build` after one story changed should not render 10,000 story pages again.
 * A story page, or a page of a story list, is a function of its own part of the view model
 * (`StoryView`: the story, its help and its related stories; `StoryListPage`: the stories it
 * lists), of what every page shares (the site, the navigation, the help context, the security
 * policy, the path prefix) and of the code (`content/`, `src/`, the config, the locked packages).
 * The build records, beside the site it published, a key for the shared part and one per such
 * page. The next build renders only the pages whose key changed, and takes the others from the
 * published site, which they are byte for byte. Anything shared or any code changing, or no
 * record, or no published site, is a full build. Every other page (topics, helplines, the home
 * page, feed, sitemap, open data) is rendered every time: they are a few hundred at most.
 * The dev server uses the same keys to render only what an edit changed (`devHub`, load-hub.ts).
 */

/** Changes whenever what a record holds, or how keys are made, changes. */
const FORMAT = "page-reuse 3";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** What a build leaves beside its site for the next one. */
export interface PageRecord {
  format: string;
  /** Everything the pages share, and the code. */
  shared: string;
  /** Each story page's and story list page's key, by its address. */
  pages: Record<string, string>;
  /** Each search index shard's key, by its folder (src/publish/search-index.ts). */
  search?: Record<string, string>;
}

/** The record of the site published in `outputDir`, kept in the cache folder. */
export function recordFile(cacheDir: string, outputDir: string): string {
  const absolute = path.resolve(outputDir);
  return path.join(path.resolve(cacheDir), "pages", `${path.basename(absolute)}-${hash(absolute).slice(0, 12)}.json`);
}

/**
 * Each page's key by the page's view: the dev server keeps them between saves, and the view model
 * it builds keeps every page's view that an edit did not reach as the same object
 * (src/view/reuse.ts), so only the pages an edit reached are hashed again. Views are never changed
 * once built.
 */
export type PageKeys = WeakMap<object, string>;

/** The record of `hub` built with `pathPrefix` by the code as it is now (`code`, `codeHash`). */
export function pageRecord(hub: PagedHub, pathPrefix: string, contentSecurityPolicy: string, code: string): PageRecord {
  const shared = sharedKey(hub, pathPrefix, contentSecurityPolicy, code);
  const keys: PageKeys = new WeakMap();
  const pages: Record<string, string> = {};
  for (const page of [...hub.pages.stories, ...hub.pages.storyLists]) pages[page.url] = pageKey(page, keys);
  return { format: FORMAT, shared, pages };
}

/** The key of what every story and list page shares besides its own view, and of the code (`codeHash`). */
export function sharedKey(hub: PagedHub, pathPrefix: string, contentSecurityPolicy: string, code: string): string {
  return hash(
    [
      FORMAT,
      pathPrefix,
      contentSecurityPolicy,
      // What every page of each language shows besides its own part: a page links its twin in the
      // other language by address alone (view/language.ts), so nothing of the twin's data.
      JSON.stringify(
        hub.editions.map((edition) => [
          edition.base,
          edition.site,
          edition.helpContext,
          edition.navigation,
          edition.footerNavigation,
        ]),
      ),
      code,
    ].join("\0"),
  );
}

/** The key of a story or list page's own view, kept in `keys` by the view. */
export function pageKey(page: object, keys: PageKeys): string {
  return memo(page, keys, () => pageText(page, keys));
}

/**
 * What a page's key hashes: its view as JSON, but for the parts of a story's view that every
 * story with the same lines shares (its help lists and floor, its "talk now" strip: view/hub.ts),
 * which stand in it as their own keys, each hashed once per object, and in those parts each
 * helpline's view, which stands as its own key too. Whole, they were more than nine tenths of the
 * JSON that a big hub's story pages made on every build, and each help list repeated the views of
 * the same few helplines (docs/performance.md, "Session 21"). (A key for every object in a view,
 * hashed by identity, was tried and cost the dev server more than it saved: after an edit most of
 * a new view's objects are new, while the parts keyed here, and the helplines' views, stay the same
 * objects.)
 */
function pageText(page: object, keys: PageKeys): string {
  const { help, talkNow, ...own } = page as { help?: SharedHelp; talkNow?: unknown };
  if (help === undefined && talkNow === undefined) return JSON.stringify(page);
  const { lines, organizations, floor, ...ownHelp } = help ?? {};
  // A part that is not an object (none is, in the views the hub makes) is written as it is.
  const shared = (part: unknown) =>
    part === undefined ? null : typeof part === "object" && part !== null ? partKey(part, keys) : { value: part };
  return JSON.stringify({
    own,
    help: help === undefined ? null : ownHelp,
    lines: shared(lines),
    organizations: shared(organizations),
    floor: shared(floor),
    talkNow: shared(talkNow),
  });
}

/** The parts of a story's help that stories with the same lines share (HelpGroups in view/hub.ts). */
interface SharedHelp {
  lines?: unknown;
  organizations?: unknown;
  floor?: unknown;
}

/**
 * Stands for a helpline's view in a shared part's JSON: a field name that no view has, so the
 * part's text cannot be mistaken for one that holds the key itself.
 */
const RESOURCE = "\u0000resource";

/** The key of a part of views that many views share, each helpline's view in it by its own key; kept in `keys` by the part. */
function partKey(part: object, keys: PageKeys): string {
  return memo(part, keys, () =>
    JSON.stringify(part, (_, value: unknown) =>
      isResourceView(value) ? { [RESOURCE]: memo(value, keys, () => JSON.stringify(value)) } : value,
    ),
  );
}

/** A helpline's view (ResourceView in view/channel.ts): the only views with channel views. */
function isResourceView(value: unknown): value is object {
  return typeof value === "object" && value !== null && "channelViews" in value;
}

/** The hash of `text()`, kept in `keys` by `object`, whose text it is. */
function memo(object: object, keys: PageKeys, text: () => string): string {
  let key = keys.get(object);
  if (key === undefined) {
    key = hash(text());
    keys.set(object, key);
  }
  return key;
}

/** The pages a build may take from the last one: those whose key is what it was. */
export function reusablePages(previous: PageRecord | undefined, now: PageRecord): Set<string> {
  if (!previous || previous.format !== now.format || previous.shared !== now.shared) return new Set();
  return new Set(Object.keys(now.pages).filter((url) => previous.pages[url] === now.pages[url]));
}

/** The story and story list pages of `hub`, in every language, still to render: those not in `reused`. */
export function pagesToRender(hub: PagedHub, reused: ReadonlySet<string>): Batch {
  const fresh = <T extends { url: string }>(list: readonly T[]) =>
    reused.size > 0 ? list.filter((page) => !reused.has(page.url)) : list;
  return { stories: fresh(hub.pages.stories), storyLists: fresh(hub.pages.storyLists) };
}

export async function readRecord(file: string): Promise<PageRecord | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as PageRecord;
  } catch {
    return undefined;
  }
}

/**
 * Written only once the site it describes is published (to a temporary name, then renamed). A
 * record that cannot be written makes the next build a full one; it must not fail this one.
 */
export async function writeRecord(file: string, record: PageRecord): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, JSON.stringify(record));
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/*
 * Reusing pages and removing the old site are a file-system call or two per file, tens of
 * thousands at 10,000 stories, and are made one after another, synchronously. Node's asynchronous
 * calls run on libuv's four threads, which on ext4 contend for the same folders' locks: linking a
 * big hub's story pages cost about twice the CPU that way, in no more time (docs/performance.md,
 * "Session 21"). Nothing waits on the event loop meanwhile but Pagefind, a process of its own.
 */

/**
 * Puts the pages at `urls` from the site in `from` into the site being built in `to`, as
 * links to the same files where the file system allows (no bytes copied), or as copies. Returns
 * the addresses it could not find, which must then be rendered.
 */
export function reusePages(from: string, to: string, urls: Iterable<string>): Set<string> {
  const missing = new Set<string>();
  for (const url of urls) {
    const file = path.join(url, "index.html");
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkOrCopy(path.join(from, file), target);
    } catch {
      missing.add(url);
    }
  }
  return missing;
}

/**
 * Puts the folder `folder` of the site in `from` into the site being built in `to`, every file as
 * a link to the same file where the file system allows, or as a copy. False, with nothing left in
 * `to`, when the folder or any of its files is gone.
 */
export function reuseFolder(from: string, to: string, folder: string): boolean {
  try {
    const entries = readdirSync(path.join(from, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = path.relative(from, path.join(entry.parentPath, entry.name));
      const target = path.join(to, file);
      mkdirSync(path.dirname(target), { recursive: true });
      linkOrCopy(path.join(from, file), target);
    }
    return entries.length > 0;
  } catch {
    rmSync(path.join(to, folder), { recursive: true, force: true });
    return false;
  }
}

/** A link to the same file where the file system allows (no bytes copied), or a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The templates, the code and the locked packages: what turns a view model into pages, or records into a search index. */
export async function codeHash(): Promise<string> {
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
