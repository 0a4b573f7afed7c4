import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/**
 * Debian's Chromium, headless (playwright cannot download its own browsers here). The flags
 * keep it from reaching out to Google's services: the machines only reach the npm registry.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Replaces the editor's text. CodeMirror is a contenteditable: select all, then insert the
 * text in one input event (typing it key by key would trigger auto-indent and bracket
 * closing). Returns the text the editor holds afterwards, for the caller to check.
 */
export async function setEditorCode(page: Page, code: string): Promise<string> {
  // CodeMirror loads after the page (CodeEditor): wait until the editor itself is there.
  const editor = page.getByTestId('code-editor');
  await editor.waitFor();
  const content = editor.locator('.cm-content');
  if ((await content.count()) === 0) {
    await editor.fill(code);
    return editor.inputValue();
  }
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  return editorCode(page);
}

/** The editor's current text (CodeMirror renders one .cm-line per line). */
export async function editorCode(page: Page): Promise<string> {
  await page.getByTestId('code-editor').waitFor();
  return page
    .getByTestId('code-editor')
    .locator('.cm-line')
    .evaluateAll((lines) => lines.map((line) => line.textContent ?? '').join('\n'));
}
