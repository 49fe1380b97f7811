/**
 * Opening a report in a real browser: Debian's chromium driven by playwright-core. A page is opened
 * from its file:// URL; every console message of type error or warning, every uncaught page error and
 * every request but the page's own is collected, and a full-page screenshot is saved under
 * test-artifacts/. Where no chromium binary exists (CI installs the `chromium` package), the browser
 * tests are skipped and say why.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/** The chromium binary: `CHROMIUM_PATH`, or Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = path.join(__dirname, "..", "..", "..", "..", "test-artifacts");

let warned = false;

/** `test`, or, where no chromium binary exists, `test.skip` after one line (once per test file) saying why. */
export function browserTest(): jest.It {
  if (fs.existsSync(CHROMIUM)) return test;
  if (!warned) console.warn(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  warned = true;
  return test.skip;
}

/** A page opened in chromium and what it did: console errors and warnings, page errors, requests. */
export interface OpenedPage {
  page: Page;
  /** Console messages of type error or warning, and uncaught errors, as text. */
  problems: string[];
  /** Every URL requested but the page's own. */
  requests: string[];
}

let browser: Browser | undefined;

/** Opens `file` in chromium (one browser for the test file; `closeBrowser` in `afterAll`). */
export async function openPage(file: string, viewport = { width: 1100, height: 900 }): Promise<OpenedPage> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport });
  const url = pathToFileURL(file).href;
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems, requests };
}

/** A full-page screenshot of `page` saved as test-artifacts/`name`; its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Closes the browser `openPage` started. */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}
