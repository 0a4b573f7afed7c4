import type { Inline } from './ast';
import { safeHref } from './safe-href';

// Characters a backslash may escape (CommonMark's ASCII punctuation).
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

/** Parses one paragraph's (or heading's, or list item's) text into inline nodes. */
export function parseInline(source: string): Inline[] {
  const nodes: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ type: 'text', text });
    text = '';
  };

  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;

    if (ch === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      text += source[i + 1];
      i += 2;
      continue;
    }

    if (ch === '`') {
      const span = codeSpan(source, i);
      if (span) {
        flush();
        nodes.push({ type: 'code', text: span.text });
        i = span.end;
        continue;
      }
      // An unmatched run of backticks is literal text, all of it.
      const run = runLength(source, i, '`');
      text += source.slice(i, i + run);
      i += run;
      continue;
    }

    if (ch === '[') {
      const link = linkAt(source, i);
      if (link) {
        flush();
        const children = parseInline(link.label);
        const href = safeHref(link.href);
        // A link to somewhere unsafe (javascript:, data:) keeps its words, not its target.
        if (href === null) nodes.push(...children);
        else nodes.push({ type: 'link', href, children });
        i = link.end;
        continue;
      }
    }

    if (ch === '*' || ch === '_') {
      const emphasis = emphasisAt(source, i);
      if (emphasis) {
        flush();
        const children = parseInline(emphasis.inner);
        nodes.push(emphasis.strong ? { type: 'strong', children } : { type: 'em', children });
        i = emphasis.end;
        continue;
      }
      // Not emphasis: take the whole run literally, so `**` is not re-read as two `*`.
      const run = runLength(source, i, ch);
      text += source.slice(i, i + run);
      i += run;
      continue;
    }

    text += ch;
    i += 1;
  }
  flush();
  return nodes;
}

function runLength(source: string, start: number, ch: string): number {
  let end = start;
  while (source[end] === ch) end += 1;
  return end - start;
}

/** `code`, ``code with ` inside``: the closing run must be exactly as long as the opening. */
function codeSpan(source: string, start: number): { text: string; end: number } | null {
  const run = runLength(source, start, '`');
  let search = start + run;
  while (search < source.length) {
    const close = source.indexOf('`', search);
    if (close === -1) return null;
    const closeRun = runLength(source, close, '`');
    if (closeRun === run) {
      let text = source.slice(start + run, close).replace(/\n/g, ' ');
      // One space on both sides is padding (lets a span start or end with a backtick).
      if (text.length > 2 && text.startsWith(' ') && text.endsWith(' ') && text.trim()) {
        text = text.slice(1, -1);
      }
      return { text, end: close + closeRun };
    }
    search = close + closeRun;
  }
  return null;
}

/** `[label](href)` or `[label](href "title")`; the title is dropped. */
function linkAt(
  source: string,
  start: number,
): { label: string; href: string; end: number } | null {
  let depth = 0;
  let i = start;
  for (; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (ch === '`') {
      const span = codeSpan(source, i);
      if (span) i = span.end - 1;
      continue;
    }
    if (ch === '[') depth += 1;
    if (ch === ']') {
      depth -= 1;
      if (depth === 0) break;
    }
  }
  if (depth !== 0 || source[i + 1] !== '(') return null;
  const close = source.indexOf(')', i + 2);
  if (close === -1) return null;
  const target = source.slice(i + 2, close).trim();
  const href = target.replace(/\s+"[^"]*"$/, '').replace(/^<(.*)>$/, '$1');
  if (!href || /\s/.test(href)) return null;
  return { label: source.slice(start + 1, i), href, end: close + 1 };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/**
 * `**strong**`, `__strong__`, `*em*`, `_em_`. Underscores only count at word boundaries, so
 * Python names such as `snake_case_name` or `__init__` written outside backticks stay as
 * they are (so `__word__` is never bold: write `**word**`).
 */
function emphasisAt(
  source: string,
  start: number,
): { strong: boolean; inner: string; end: number } | null {
  const ch = source[start]!;
  const run = runLength(source, start, ch);
  const width = run >= 2 ? 2 : 1;
  const delimiter = ch.repeat(width);
  const afterOpen = source[start + width];
  if (isSpace(afterOpen)) return null;
  if (ch === '_' && isWordChar(source[start - 1])) return null;

  let search = start + width;
  while (search < source.length) {
    const close = source.indexOf(delimiter, search);
    if (close === -1) return null;
    // Skip code spans inside: their backticks protect what they contain.
    const tick = source.indexOf('`', search);
    if (tick !== -1 && tick < close) {
      const span = codeSpan(source, tick);
      search = span ? span.end : tick + 1;
      continue;
    }
    const closeRun = runLength(source, close, ch);
    const beforeClose = source[close - 1];
    const afterClose = source[close + closeRun];
    const closes =
      close > start + width &&
      !isSpace(beforeClose) &&
      // `*a **b** c*`: a longer run belongs to something nested; look further.
      (width === 2 || closeRun === 1 || closeRun === 3) &&
      !(ch === '_' && isWordChar(afterClose));
    // `__init__` is a Python dunder name, not a bold "init".
    const dunder = ch === '_' && width === 2 && /^\w+$/.test(source.slice(start + 2, close));
    if (closes && !dunder) {
      return {
        strong: width === 2,
        inner: source.slice(start + width, close),
        end: close + width,
      };
    }
    search = close + closeRun;
  }
  return null;
}
