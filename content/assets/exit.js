// @ts-check
/*
 * Quick exit, after GOV.UK's "Exit this page" component:
 * https://design-system.service.gov.uk/components/exit-this-page/
 * Without JavaScript the exit is a plain link to a neutral site. With it, the link and three
 * presses of Shift within a few seconds both blank the page at once and leave with
 * `location.replace`, which swaps this page's history entry for the neutral site's, so Back does
 * not return here. Earlier pages of this site stay in the history; the safety page says so.
 * Esc is not used: it also stops page loads and screen readers rely on it.
 */
const PRESSES = 3;
const WINDOW_MS = 5000;

const link = document.querySelector("a[data-exit]");
const status = document.querySelector("[data-exit-status]");

if (link instanceof HTMLAnchorElement && status instanceof HTMLElement) {
  const exitUrl = link.href;

  const leave = () => {
    document.title = "";
    document.body.replaceChildren();
    window.location.replace(exitUrl);
  };

  link.addEventListener("click", (event) => {
    // A modified click asks for a new tab or window; leave it to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave();
  });

  let presses = 0;
  /** Shift held while typing another key (a capital letter) is not a press towards the exit. */
  let shiftUsedWithAnotherKey = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let expiry;

  const reset = () => {
    presses = 0;
    clearTimeout(expiry);
  };

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Shift" && event.shiftKey) {
      shiftUsedWithAnotherKey = true;
      reset();
    }
  });

  document.addEventListener("keyup", (event) => {
    if (event.key !== "Shift") return;
    if (shiftUsedWithAnotherKey) {
      shiftUsedWithAnotherKey = false;
      return;
    }
    presses += 1;
    if (presses >= PRESSES) {
      reset();
      leave();
      return;
    }
    status.textContent = status.dataset[`more${PRESSES - presses}`] ?? "";
    // The presses must all fall within WINDOW_MS of the first one.
    if (presses === 1) {
      expiry = setTimeout(() => {
        reset();
        status.textContent = status.dataset.expired ?? "";
      }, WINDOW_MS);
    }
  });
}
