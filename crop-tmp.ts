import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium.ts";
import { serveFolder } from "./scripts/lib/static-server.ts";
const server = await serveFolder("/tmp/site13");
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
for (const arg of process.argv.slice(2)) {
  const [url, y] = arg.split("@");
  await page.goto(server.url + url);
  await page.evaluate((top) => window.scrollTo(0, top), Number(y));
  await page.screenshot({ path: `/tmp/shot-${url.replace(/\W+/g, "_")}-${y}.png` });
}
await browser.close(); await server.close();
