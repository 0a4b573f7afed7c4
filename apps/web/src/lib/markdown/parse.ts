import type { Block } from './ast';
import { parseInline } from './inline';

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const RULE = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;

const isBlank = (line: string) => line.trim() === '';

/** Whether a line starts a block of its own, ending the paragraph or list item before it. */
function startsBlock(line: string): boolean {
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    RULE.test(line) ||
    LIST_ITEM.test(line) ||
    QUOTE.test(line)
  );
}

/**
 * Parses the Markdown of an exercise statement: ATX headings, paragraphs, bullet and
 * numbered lists (one level, items may wrap onto indented lines), fenced code blocks,
 * block quotes and rules. Anything else is kept as the text it is.
 */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const blocks: Block[] = [];
  let i = 0;

  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i += 1;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      i += 1;
      // The block ends at a fence of the same character at least as long, or at the end.
      while (i < lines.length) {
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[i]!);
        if (closing && closing[1]![0] === marker[0] && closing[1]!.length >= marker.length) {
          i += 1;
          break;
        }
        body.push(lines[i]!);
        i += 1;
      }
      blocks.push({ type: 'code', lang: fence[2] || null, text: body.join('\n') });
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] ?? '') });
      i += 1;
      continue;
    }

    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i += 1;
      continue;
    }

    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && !isBlank(lines[i]!)) {
        const inside = QUOTE.exec(lines[i]!);
        // A line without ">" continues the quote's paragraph (lazy continuation).
        quoted.push(inside ? inside[1]! : lines[i]!);
        i += 1;
      }
      blocks.push({ type: 'quote', children: parseMarkdown(quoted.join('\n')) });
      continue;
    }

    const first = LIST_ITEM.exec(line);
    if (first) {
      const ordered = /\d/.test(first[2]!);
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i]!;
        const item = LIST_ITEM.exec(current);
        if (item && /\d/.test(item[2]!) === ordered) {
          items.push([item[3]!]);
          i += 1;
          continue;
        }
        if (isBlank(current)) {
          // A blank line ends the list unless the next line is another item of it.
          const next = lines[i + 1];
          const nextItem = next === undefined ? null : LIST_ITEM.exec(next);
          const continues =
            (nextItem && /\d/.test(nextItem[2]!) === ordered) ||
            (next !== undefined && /^ {2,}\S/.test(next) && !LIST_ITEM.test(next));
          if (!continues) break;
          i += 1;
          continue;
        }
        if (startsBlock(current) && !/^ {2,}/.test(current)) break;
        // A wrapped line of the current item.
        items[items.length - 1]!.push(current.trim());
        i += 1;
      }
      const start = ordered ? Number.parseInt(first[2]!, 10) : 1;
      blocks.push({
        type: 'list',
        ordered,
        start,
        items: items.map((item) => parseInline(item.join('\n'))),
      });
      continue;
    }

    const paragraph: string[] = [];
    while (
      i < lines.length &&
      !isBlank(lines[i]!) &&
      !(paragraph.length && startsBlock(lines[i]!))
    ) {
      paragraph.push(lines[i]!.trim());
      i += 1;
    }
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
  }
  return blocks;
}

/** The first fenced block in a language (a possible-outputs statement's program). */
export function firstCodeBlock(blocks: readonly Block[], lang: string): string | null {
  for (const block of blocks) {
    if (block.type === 'code' && block.lang === lang) return block.text;
  }
  return null;
}
