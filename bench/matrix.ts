/**
 * `npm run bench:matrix`: only the skills matrix's interaction figures (filter to the painted
 * frame, horizontal scroll) at Liverpool scale, without the page-open figures of the engine bench,
 * for iterating on the matrix. Prints `name: value unit` lines as `npm run bench` does.
 */
import globalSetup from '../tests/browser/support/globalSetup';
import { launchBrowser } from '../tests/browser/support/browser';
import { startApp } from '../tests/browser/support/startApp';
import { matrixFigures } from './matrixFigures';
import { formatFigure } from './run';

async function main(): Promise<void> {
  await globalSetup();
  console.error('matrix: seeding the Liverpool-scale site…');
  const app = await startApp({ scale: 'liverpool', timeoutMs: 900_000 });
  const browser = await launchBrowser();
  try {
    const base = app.url.replace(/\/?#.*$/, '').replace(/\/$/, '');
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'member@demo.local'));
    const page = await context.newPage();
    await page.goto(`${base}#/skills`);
    await page.waitForFunction(`!!document.querySelector('[data-testid="skills-matrix"] [role="gridcell"]')`, undefined, { polling: 'raf', timeout: 300_000 });
    // Measure the whole matrix, not the rows streamed so far: wait for every rating, then a quiet moment.
    await page.waitForFunction(`!document.querySelector('[aria-label="Loading more ratings"], [aria-label="Loading ratings"]')`, undefined, { timeout: 300_000 });
    await page.waitForTimeout(2000);
    for (const figure of await matrixFigures(page)) console.log(formatFigure(figure));
    await context.close();
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
