import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@threadlab/db';
import { startStack, type Stack } from '@threadlab/stack';
import { editorCode, launchChromium, setEditorCode } from './browser';

// The whole platform, as a student meets it, in headless Chromium: sign up, open
// lock/counter, submit the lecture's unsynchronized counter, watch it being graded live,
// step through the failing interleaving, submit the reference, see it pass.
//
// By default it starts the platform itself from the built workspace (@threadlab/stack: the
// API, one grader worker and `next start`, on free ports, with a database of their own),
// needing only Postgres and Redis. With WEB_URL and API_URL set it uses a stack that is
// already running instead (apps/web/README.md).

let WEB_URL = '';
let API_URL = '';
let stack: Stack | undefined;

/** Gives an account the teacher role, in the stack's own database or in DATABASE_URL's. */
async function promoteToTeacher(email: string): Promise<void> {
  const db =
    stack?.database.db ??
    createDatabase(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/threadlab');
  try {
    await db.user.update({ where: { email }, data: { role: 'teacher' } });
  } finally {
    if (!stack) await db.$disconnect();
  }
}
const EXERCISE = new URL('../../../../exercises/lock/counter/', import.meta.url);
const NO_LOCK = readFileSync(fileURLToPath(new URL('variants/no_lock.py', EXERCISE)), 'utf8');
const REFERENCE = readFileSync(fileURLToPath(new URL('reference.py', EXERCISE)), 'utf8');

// Grading no_lock.py takes a second or two on this machine; a busy queue takes longer.
const GRADED_WITHIN_MS = 60_000;

async function reachable(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return response.ok ? null : `${url} answered ${response.status}`;
  } catch (error) {
    return `${url} did not answer (${String(error)})`;
  }
}

describe('a student in the browser', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (process.env.WEB_URL && process.env.API_URL) {
      WEB_URL = process.env.WEB_URL.replace(/\/+$/, '');
      API_URL = process.env.API_URL.replace(/\/+$/, '');
    } else {
      stack = await startStack({ workers: 1, web: true });
      WEB_URL = stack.webUrl ?? '';
      API_URL = stack.apiUrl;
    }
    const problems = (
      await Promise.all([reachable(`${API_URL}/api/health`), reachable(`${WEB_URL}/api/health`)])
    ).filter(Boolean);
    if (problems.length > 0) {
      throw new Error(
        `the stack is not up: ${problems.join('; ')}. Start Postgres, Redis, the API, a ` +
          'grader worker and `next start` first (apps/web/README.md).',
      );
    }
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  it('signs up and lands on the lecture sections', async () => {
    const email = `student-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
    await page.goto(`${WEB_URL}/sign-up`);
    // The interface in English, remembered by the browser.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const form = page.getByTestId('sign-up-form');
    await form.locator('input[name=email]').fill(email);
    await form.locator('input[name=name]').fill('E2E Student');
    await form.locator('input[name=password]').fill('correct horse battery');
    await page.getByTestId('auth-submit').click();

    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('E2E Student');
    const sections = await page
      .getByTestId('section')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-section')));
    expect(sections[0]).toBe('threads-intro');
    expect(sections).toContain('lock');
    expect(sections.indexOf('thread')).toBeLessThan(sections.indexOf('lock'));
  }, 60_000);

  it('opens lock/counter with its statement, hints and the starter in the editor', async () => {
    await page.locator('[data-testid=exercise-link][data-exercise-id="lock/counter"]').click();
    await page.waitForURL(`${WEB_URL}/exercises/lock/counter`);
    expect(await page.getByTestId('exercise-title').textContent()).toBe('A counter under a lock');
    expect(await page.getByTestId('hint').count()).toBe(3);
    await page.getByTestId('code-editor').locator('.cm-content').waitFor();
    expect(await editorCode(page)).toContain('class Counter:');
    expect(await page.getByTestId('history-item').count()).toBe(0);
  }, 60_000);

  it(
    'submits the unsynchronized counter and watches it graded live',
    async () => {
      expect(await setEditorCode(page, NO_LOCK)).toBe(NO_LOCK);
      const statuses = new Set<string>();
      const watch = setInterval(() => {
        void page
          .getByTestId('submission-status')
          .getAttribute('data-status', { timeout: 100 })
          .then((status) => status && statuses.add(status))
          .catch(() => undefined);
      }, 50);
      try {
        await page.getByTestId('submit').click();
        await page.getByTestId('submission-status').waitFor();
        await page
          .locator('[data-testid=submission-status][data-status=finished]')
          .waitFor({ timeout: GRADED_WITHIN_MS });
      } finally {
        clearInterval(watch);
      }
      // The page showed the submission before its result: queued or running first.
      expect([...statuses].some((status) => status === 'queued' || status === 'running')).toBe(
        true,
      );
      expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('fail');
      expect(await page.getByTestId('history-item').count()).toBe(1);
    },
    GRADED_WITHIN_MS + 30_000,
  );

  it('shows the failing interleaving, one lane per thread, and steps through it', async () => {
    const failure = page.getByTestId('failure').first();
    expect(await failure.getAttribute('data-kind')).toBe('race');
    expect(await failure.getByTestId('explanation').textContent()).toContain(
      'Защита совместного доступа к ресурсам',
    );
    expect(await failure.getByTestId('replay-token').textContent()).toMatch(/tc1\./);

    const trace = failure.getByTestId('trace');
    const lanes = await trace
      .getByTestId('trace-lane')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-thread')));
    expect(lanes.slice(0, 3)).toEqual(['MainThread', 'T1', 'T2']);

    const position = trace.getByTestId('step-position');
    const currentThread = () =>
      trace.locator('[data-testid=trace-step][data-current=true]').getAttribute('data-thread');
    expect(await position.getAttribute('data-step')).toBe('1');
    await trace.getByTestId('step-forward').click();
    await trace.getByTestId('step-forward').click();
    expect(await position.getAttribute('data-step')).toBe('3');
    await trace.getByTestId('step-back').click();
    expect(await position.getAttribute('data-step')).toBe('2');

    // The keyboard works too, and the last step is a racing access by a worker thread.
    await trace.focus();
    await page.keyboard.press('End');
    const total = await trace.getByTestId('trace-step').count();
    expect(await position.getAttribute('data-step')).toBe(String(total));
    expect(await currentThread()).toMatch(/^T\d$/);
    await page.keyboard.press('ArrowLeft');
    expect(await position.getAttribute('data-step')).toBe(String(total - 1));
    // The source line of the current step is highlighted in the submitted code.
    await page.keyboard.press('End');
    expect(
      await trace
        .locator('[data-testid=source-listing] li[data-current]')
        .getAttribute('data-line'),
    ).toBe('7');
  }, 30_000);

  it(
    'submits the reference solution and sees it pass',
    async () => {
      await setEditorCode(page, REFERENCE);
      await page.getByTestId('submit').click();
      await page.locator('[data-testid=history-item]').nth(1).waitFor();
      await page
        .locator('[data-testid=verdict][data-verdict=pass]')
        .waitFor({ timeout: GRADED_WITHIN_MS });
      expect(await page.getByTestId('score').getAttribute('data-score')).toBe('1');
      expect(await page.getByTestId('failure').count()).toBe(0);

      // Both attempts are listed, newest first, and the first one can be opened again.
      const items = page.getByTestId('history-item');
      expect(await items.count()).toBe(2);
      expect(await items.nth(0).getAttribute('data-verdict')).toBe('pass');
      await items.nth(1).click();
      await page.locator('[data-testid=verdict][data-verdict=fail]').waitFor();
      expect(await page.getByTestId('trace').count()).toBeGreaterThan(0);
    },
    GRADED_WITHIN_MS + 30_000,
  );

  it('shows the exercise as solved in the list, and raised no error in the page', async () => {
    await page.goto(`${WEB_URL}/`);
    const standing = page.locator(
      '[data-testid=exercise-link][data-exercise-id="lock/counter"] [data-testid=standing]',
    );
    expect(await standing.getAttribute('data-standing')).toBe('solved');
    expect(consoleErrors).toEqual([]);
  }, 30_000);

  it('lets a teacher follow the student: the standings table, the attempts, one result', async () => {
    // A student sees no teacher data.
    await page.goto(`${WEB_URL}/teacher`);
    expect(await page.getByTestId('teacher-students').count()).toBe(0);

    // Teachers are promoted from the command line (`pnpm --filter @threadlab/api promote`);
    // here straight in the stack's database.
    const teacherEmail = `teacher-${Date.now()}@example.org`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacher = await context.newPage();
    await teacher.goto(`${WEB_URL}/sign-up`);
    const form = teacher.getByTestId('sign-up-form');
    await form.locator('input[name=email]').fill(teacherEmail);
    await form.locator('input[name=name]').fill('E2E Teacher');
    await form.locator('input[name=password]').fill('correct horse battery');
    await teacher.getByTestId('auth-submit').click();
    await teacher.getByTestId('user-name').waitFor();
    await promoteToTeacher(teacherEmail);

    await teacher.goto(`${WEB_URL}/teacher`);
    const row = teacher.getByTestId('teacher-student').filter({ hasText: 'E2E Student' });
    await row.waitFor();
    expect(await row.locator('td.cell.solved').count()).toBe(1);
    await row.getByRole('link', { name: 'E2E Student' }).click();
    const submissions = teacher.getByTestId('teacher-submissions');
    await submissions.waitFor();
    expect(await submissions.locator('tbody tr').count()).toBe(2);
    await submissions.locator('tbody tr').last().getByRole('link').click();
    await teacher.locator('[data-testid=verdict][data-verdict=fail]').waitFor();
    expect(await teacher.getByTestId('trace').count()).toBeGreaterThan(0);
    await context.close();
  }, 60_000);
});
