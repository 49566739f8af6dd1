/*
 * Site search on /search/, with Pagefind's JavaScript API (https://pagefind.app/docs/api/).
 * Pagefind's ready-made interfaces set inline styles, which the site's Content-Security-Policy
 * refuses, so results are rendered here as plain links, each with the call or text button of its
 * line where it has one (the index's meta, src/publish/search-records.ts). Without JavaScript the
 * page lists every topic and helpline instead; the "need help now" lines are on it either way. The words come from the page (data attributes filled from
 * src/strings), so this file holds no interface text.
 */
const PAGE_SIZE = 10;

const form = document.querySelector("[data-search-form]");
const crisisWords = readCrisisWords(form?.getAttribute("data-crisis-words"));
const input = form?.querySelector('input[name="q"]');
const status = document.querySelector("[data-search-status]");
const section = document.querySelector("[data-search-results]");
const list = document.querySelector("[data-search-list]");
const more = document.querySelector("[data-search-more]");

// This file is served from <site root>assets/search.js: one level up is the root, path prefix included.
const root = new URL("../", import.meta.url);
let pagefind;
let current = { ticket: 0, results: [], shown: 0 };

if (form && input && status && section && list && more) {
  // Searching in place, without loading a new address, keeps each query out of the browser's history.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search(input.value.trim());
  });
  more.addEventListener("click", async () => {
    const first = current.shown;
    await showMore(current.ticket);
    list.children[first]?.querySelector("a")?.focus();
  });
  const query = new URLSearchParams(location.search).get("q")?.trim();
  if (query) {
    input.value = query;
    search(query);
  }
}

async function search(query) {
  const ticket = current.ticket + 1;
  current = { ticket, results: [], shown: 0 };
  list.replaceChildren();
  more.hidden = true;
  section.hidden = true;
  if (!query) {
    status.textContent = "";
    return;
  }
  status.textContent = status.dataset.searching;
  try {
    pagefind ??= await openIndex();
    const results = await ranked(pagefind, query);
    if (ticket !== current.ticket) return;
    current.results = results;
    await showMore(ticket);
    if (ticket !== current.ticket) return;
    const count = results.length;
    const template = count === 0 ? status.dataset.noResults : count === 1 ? status.dataset.one : status.dataset.many;
    status.textContent = template.replace("{query}", query).replace("{count}", String(count));
    section.hidden = count === 0;
  } catch {
    if (ticket === current.ticket) status.textContent = status.dataset.failed;
  }
}

/**
 * Every result in the order a visitor in trouble needs it. First the lines a crisis phrase in the
 * query names (`crisisLines`), whatever Pagefind's ranking: its stemmed prefix matching ranks
 * "violencia" pages high for "me violaron". Then those that carry a line to call or text, then the
 * rest, each group in Pagefind's order: someone who types "kidnapped" needs the missing children's
 * hotline before an organization's page that mentions kidnapping but has no number, so a page
 * without a button never comes before one with a button. The index marks those records with the
 * filter `help: line` (src/publish/search-index.ts).
 */
async function ranked(index, query) {
  const [pinned, lines, all] = await Promise.all([
    Promise.all(crisisLines(query).map((line) => lineIn(index, line))),
    index.search(query, { filters: { help: "line" } }),
    index.search(query),
  ]);
  const results = [];
  const seen = new Set();
  for (const result of [...pinned.filter(Boolean), ...lines.results, ...all.results]) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    results.push(result);
  }
  return results;
}

/**
 * A line's own result: the record holding its word (`token`), checked by its address, since
 * Pagefind matches a word as a prefix of longer ones.
 */
async function lineIn(index, line) {
  const found = await index.search(line.token);
  const pages = await Promise.all(found.results.map(async (result) => ({ result, page: await result.data() })));
  return pages.find(({ page }) => page.url.endsWith(line.url))?.result;
}

/**
 * The groups of words that name lines (src/publish/crisis-words.ts), each word reduced to the form
 * `plain` gives a query.
 */
function readCrisisWords(json) {
  if (!json) return [];
  return JSON.parse(json).map((group) => ({ phrases: group.words.map(plain).filter(Boolean), lines: group.lines }));
}

/**
 * The lines for the crisis phrase in a query: the groups whose phrase, whole words in a
 * row, the query contains ("I was raped last night" contains "I was raped"). When phrases of several
 * groups match, the one with the most words says the need best ("he hits me" over "hits me"); groups
 * whose phrases tie are all listed, in the order of _data/synonyms.ts.
 */
function crisisLines(query) {
  const padded = ` ${plain(query)} `;
  let most = 0;
  let lines = [];
  for (const group of crisisWords) {
    const words = Math.max(
      0,
      ...group.phrases.filter((p) => padded.includes(` ${p} `)).map((p) => p.split(" ").length),
    );
    if (words === 0 || words < most) continue;
    if (words > most) lines = [];
    most = words;
    lines.push(...group.lines.filter((line) => !lines.some((listed) => listed.url === line.url)));
  }
  return lines;
}

/** "¿Me violó?" and "me violo", "Don't" and "dont": lower case, no accents, no apostrophes, words split by single spaces. */
function plain(text) {
  return text
    .normalize("NFD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/**
 * A big hub's index comes in shards (src/publish/search-index.ts): the first at pagefind/, the others
 * listed in pagefind/shards.json, merged into it before the first search.
 */
async function openIndex() {
  const [index, shards] = await Promise.all([
    import(new URL("pagefind/pagefind.js", root).href),
    fetch(new URL("pagefind/shards.json", root)).then((response) => response.json()),
  ]);
  // A path, not a full address: Pagefind builds result addresses from it, as from its own. All at
  // once: each merge fetches its shard's entry and then its metadata, and one after the other a
  // big hub's shards cost two round trips each before the first search.
  await Promise.all(shards.map((shard) => index.mergeIndex(new URL(shard, root).pathname)));
  return index;
}

async function showMore(ticket) {
  const next = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const pages = await Promise.all(next.map((result) => result.data()));
  if (ticket !== current.ticket) return;
  list.append(...pages.map(render));
  current.shown += next.length;
  more.hidden = current.shown >= current.results.length;
}

function render(page) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta.title;
  // The page's own summary, not Pagefind's excerpt: that could show the synonyms the page is found by.
  const summary = document.createElement("p");
  summary.className = "search-results__excerpt";
  summary.textContent = page.meta.description ?? "";
  item.append(link, summary);
  const call = callButton(page.meta);
  if (call) item.append(call);
  return item;
}

/** "Call 988 · 988 Suicide & Crisis Lifeline": the result's line, one tap away. Only tel: and sms: links are made. */
function callButton(meta) {
  const href = meta.callHref ?? "";
  if (!/^(tel|sms):/.test(href) || !meta.callLabel) return undefined;
  const paragraph = document.createElement("p");
  paragraph.className = "search-results__call";
  const button = document.createElement("a");
  button.className = `button button--small button--${href.startsWith("sms:") ? "text" : "call"}`;
  button.href = href;
  button.textContent = meta.callLabel;
  paragraph.append(button);
  if (meta.callLine) paragraph.append(` ${meta.callLine}`);
  return paragraph;
}
