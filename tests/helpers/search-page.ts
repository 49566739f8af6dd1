import type { Page } from "playwright-core";
import { expect } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { es } from "../../src/view/strings/es.ts";

/**
 * How long a search may take to show: the first loads Pagefind's WebAssembly and its shards, which
 * took over the default second on a 2-core machine at load average 15 or more.
 */
export const SEARCH_WAIT = { timeout: 15_000 };

/**
 * Shows the results for `query` on the search page at `url` (the full address, without a query)
 * in `page`. While the tab is on that page with another query, the query is typed into its box, as
 * a visitor searches again: one load of the page and of Pagefind for a run of queries, which cost
 * more than the searches. Otherwise the page is loaded with the query in its address, as a link to
 * it gives (`load`, `page.goto` unless the caller loads its own way). Both run the same search
 * (content/assets/search.js). Resolves once the status names the query: its results are shown.
 */
export async function showSearch(
  page: Page,
  url: string,
  query: string,
  load: (address: string) => Promise<unknown> = (address) => page.goto(address),
): Promise<void> {
  const label = new URL(url).pathname.includes("/es/") ? es.search.label : en.search.label;
  const box = page.getByRole("searchbox", { name: label });
  const there = new URL(page.url()).pathname === new URL(url).pathname;
  // The same query again would show the same status before the search has run.
  if (there && (await box.inputValue()) !== query) {
    await box.fill(query);
    await box.press("Enter");
  } else {
    await load(`${url}?q=${encodeURIComponent(query)}`);
  }
  await expect.poll(() => page.locator("[data-search-status]").textContent(), SEARCH_WAIT).toContain(`“${query}”`);
}
