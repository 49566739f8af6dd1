// @ts-check
/*
 * Narrows the help index (content/help/index.njk) by how a visitor wants to reach someone, by
 * language and by "open now". Without JavaScript the page offers the same groups as sections of
 * their own; with it, those are hidden and this form narrows the one list of helplines instead.
 * Whether a line with limited hours is open now comes from the hours in the page, as the
 * "closed now" line does (open-now.js). The words come from the page's data attributes.
 */
import { openState } from "./open-now.js";

const form = document.querySelector("[data-help-filter]");
const status = document.querySelector("[data-filter-status]");
const items = [...document.querySelectorAll("[data-filterable]")].filter((e) => e instanceof HTMLElement);

if (form instanceof HTMLFormElement && status instanceof HTMLElement && items.length > 0) {
  for (const group of document.querySelectorAll("[data-help-groups]")) {
    if (group instanceof HTMLElement) group.hidden = true;
  }
  form.hidden = false;
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => {
    const choice = new FormData(form);
    const way = String(choice.get("way") ?? "");
    const languages = choice.getAll("language").map(String);
    const openNow = choice.has("open");
    const now = new Date();
    let shown = 0;
    for (const item of items) {
      // "text:es": one way in, in one language. Asked for texting in Spanish, a line fits only
      // if one of its text numbers answers in Spanish.
      const reach = (item.dataset.reach ?? "").split(" ").map((token) => token.split(":"));
      const reaches = (/** @type {string} */ language) =>
        reach.some(([type, spoken]) => (!way || type === way) && (!language || spoken === language));
      const fits = (languages.length > 0 ? languages.every(reaches) : reaches("")) && (!openNow || isOpen(item, now));
      item.hidden = !fits;
      if (fits) shown += 1;
    }
    const { shown: template = "", none = "" } = status.dataset;
    status.textContent =
      shown === 0 ? none : template.replace("{count}", String(shown)).replace("{total}", String(items.length));
  });
}

/**
 * Open now: around the clock, or within one of the weekly periods in the page.
 * @param {HTMLElement} item
 * @param {Date} now
 */
function isOpen(item, now) {
  if (item.dataset.allDay !== undefined) return true;
  return [...item.querySelectorAll("[data-hours]")].some((element) => {
    if (!(element instanceof HTMLElement)) return false;
    return openState(JSON.parse(element.dataset.hours ?? "{}"), now)?.open === true;
  });
}
