/** Chromium through playwright-core (the system browser; nothing is downloaded). */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface OpenOptions {
  readonly viewport?: { width: number; height: number };
  /** Wait for the tab to be usable (`<html data-hub-state="ready">`); default true. */
  readonly waitForReady?: boolean;
}

/**
 * Opens the tab in a fresh browser context acting as a demo person: local mode's
 * `localStorage['hub.actingUpn']` is set before the page's own code runs. Later switches made in
 * the page (the "Act as" picker) are kept across reloads.
 */
export async function openAs(browser: Browser, url: string, upn: string, options: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addInitScript((acting: string) => {
    // Only on the first load of this tab: a person's own switch afterwards wins.
    if (!sessionStorage.getItem('hub.test.actingSet')) {
      localStorage.setItem('hub.actingUpn', acting);
      sessionStorage.setItem('hub.test.actingSet', '1');
    }
  }, upn);
  // Fail a step within 30 s rather than waiting out the whole test's timeout.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto(url);
  if (options.waitForReady ?? true) await waitForReady(page);
  return page;
}

/** Waits until the tab says it is usable (the host layer marks `<html data-hub-state="ready">`). */
export async function waitForReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForSelector('html[data-hub-state="ready"]', { state: 'attached', timeout: timeoutMs });
}

/** Saves a full-page screenshot to `test-artifacts/screenshots/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
