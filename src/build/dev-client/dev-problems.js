// For `npm start` only (src/build/dev-problems.ts): reloads the page when the list of data
// problems the dev server shows changes, so its banner appears and goes as the maintainer saves.
const shown = document.querySelector("script[data-version]")?.getAttribute("data-version");

async function check() {
  try {
    const response = await fetch("/.hub-dev/status.json", { cache: "no-store" });
    const { version } = await response.json();
    if (version !== shown) {
      window.location.reload();
      return;
    }
  } catch {
    // The dev server is restarting (tsx watch); ask again.
  }
  setTimeout(check, 1000);
}

setTimeout(check, 1000);
