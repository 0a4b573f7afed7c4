/**
 * Screenshots of the main pages at a laptop's and a phone's width, for a person to look at
 * (`pnpm --filter @threadlab/web screenshots`). Needs the stack up like the end-to-end test
 * (WEB_URL, a worker); signs up a fresh student, submits the lecture's unsynchronized
 * counter, and writes PNGs to apps/web/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, setEditorCode } from '../src/e2e/browser';

const WEB_URL = (process.env.WEB_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const OUT = fileURLToPath(new URL('../screenshots/', import.meta.url));
const LANG = process.env.SCREENSHOT_LANG === 'ru' ? 'ru' : 'en';
const NO_LOCK = readFileSync(
  fileURLToPath(new URL('../../../exercises/lock/counter/variants/no_lock.py', import.meta.url)),
  'utf8',
);

const widths = { laptop: { width: 1280, height: 860 }, phone: { width: 375, height: 740 } };

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage: true });
  console.log(`${OUT}${name}.png`);
}

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: widths.laptop });
  await context.addCookies([{ name: 'threadlab_lang', value: LANG, url: WEB_URL }]);
  const page = await context.newPage();

  await page.goto(`${WEB_URL}/sign-up`);
  await shoot(page, `sign-up-laptop-${LANG}`);
  await page.locator('input[name=email]').fill(`shots-${Date.now()}@example.org`);
  await page.locator('input[name=name]').fill('Ada Lovelace');
  await page.locator('input[name=password]').fill('correct horse battery');
  await page.getByTestId('auth-submit').click();
  await page.getByTestId('user-name').waitFor();

  await page.goto(`${WEB_URL}/exercises/lock/counter`);
  await page.getByTestId('code-editor').locator('.cm-content').waitFor();
  await setEditorCode(page, NO_LOCK);
  await page.getByTestId('submit').click();
  await page.locator('[data-testid=submission-status][data-status=finished]').waitFor({ timeout: 60_000 });
  await page.getByTestId('hint').first().locator('summary').click();
  const trace = page.getByTestId('trace').first();
  await trace.getByTestId('step-last').click();
  await trace.getByTestId('step-back').click();

  for (const [device, viewport] of Object.entries(widths)) {
    await page.setViewportSize(viewport);
    await page.goto(`${WEB_URL}/`);
    await shoot(page, `sections-${device}-${LANG}`);
    await page.goto(`${WEB_URL}/exercises/lock/counter`);
    await page.getByTestId('verdict').waitFor();
    const viewer = page.getByTestId('trace').first();
    for (let step = 0; step < 9; step += 1) await viewer.getByTestId('step-forward').click();
    await shoot(page, `exercise-${device}-${LANG}`);
    // Views as the reader sees them, one screen each (a phone's full page is very tall).
    for (const [part, testId] of [
      ['top', 'exercise-title'],
      ['editor', 'code-editor'],
      ['result', 'verdict'],
      ['trace', 'trace'],
    ] as const) {
      await page.getByTestId(testId).first().evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${OUT}exercise-${device}-${LANG}-${part}.png` });
    }
    await viewer.screenshot({ path: `${OUT}trace-${device}-${LANG}.png` });
    await page.goto(`${WEB_URL}/exercises/threads-intro/lost-update`);
    await shoot(page, `possible-outputs-${device}-${LANG}`);
  }
} finally {
  await browser.close();
}
