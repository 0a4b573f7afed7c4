import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from './ast';
import { parseInline } from './inline';
import { firstCodeBlock, parseMarkdown } from './parse';
import { safeHref } from './safe-href';

const text = (value: string): Inline => ({ type: 'text', text: value });

describe('parseInline', () => {
  it('reads code spans, bold, italics and links', () => {
    expect(
      parseInline('List **every** output of `print(x)`, *quickly*, see [docs](https://x.org).'),
    ).toEqual([
      text('List '),
      { type: 'strong', children: [text('every')] },
      text(' output of '),
      { type: 'code', text: 'print(x)' },
      text(', '),
      { type: 'em', children: [text('quickly')] },
      text(', see '),
      { type: 'link', href: 'https://x.org', children: [text('docs')] },
      text('.'),
    ]);
  });

  it('leaves Python names with underscores alone outside backticks', () => {
    expect(parseInline('call __init__ and snake_case_name here')).toEqual([
      text('call __init__ and snake_case_name here'),
    ]);
    expect(parseInline('an _emphasised_ word')).toEqual([
      text('an '),
      { type: 'em', children: [text('emphasised')] },
      text(' word'),
    ]);
  });

  it('keeps markup characters inside code spans literal', () => {
    expect(parseInline('`a * b * c` and ``x ` y``')).toEqual([
      { type: 'code', text: 'a * b * c' },
      text(' and '),
      { type: 'code', text: 'x ` y' },
    ]);
  });

  it('nests emphasis and honours backslash escapes', () => {
    expect(parseInline('*a **b** c* \\*not\\*')).toEqual([
      { type: 'em', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] },
      text(' *not*'),
    ]);
  });

  it('treats unmatched delimiters as text', () => {
    expect(parseInline('2 * 3 = 6, a ` stray tick, [no link]')).toEqual([
      text('2 * 3 = 6, a ` stray tick, [no link]'),
    ]);
  });

  it('drops the target of a dangerous link but keeps its words', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([text('click'), text(')')]);
    expect(parseInline('[x](JaVaScRiPt:alert)')).toEqual([text('x')]);
    expect(parseInline('[x](java script:alert)')).toEqual([text('[x](java script:alert)')]);
  });

  it('never turns markup into HTML: angle brackets stay text', () => {
    expect(parseInline('<script>alert(1)</script>')).toEqual([text('<script>alert(1)</script>')]);
  });
});

describe('safeHref', () => {
  it('allows web, mail and same-site targets only', () => {
    expect(safeHref('https://docs.python.org/3/library/threading.html')).toBe(
      'https://docs.python.org/3/library/threading.html',
    );
    expect(safeHref('mailto:teacher@example.org')).toBe('mailto:teacher@example.org');
    expect(safeHref('/exercises/lock/counter')).toBe('/exercises/lock/counter');
    expect(safeHref('#rules')).toBe('#rules');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
  });
});

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists and fenced code', () => {
    const blocks = parseMarkdown(
      [
        '# Title',
        '',
        'First line',
        'continues here.',
        '',
        '```python',
        'class Counter:',
        '    def increment(self): ...',
        '```',
        '',
        '## Rules',
        '',
        '- one,',
        '  wrapped',
        '- two',
        '',
        '1. first',
        '2. second',
      ].join('\n'),
    );
    expect(blocks).toEqual<Block[]>([
      { type: 'heading', level: 1, children: [text('Title')] },
      { type: 'paragraph', children: [text('First line\ncontinues here.')] },
      { type: 'code', lang: 'python', text: 'class Counter:\n    def increment(self): ...' },
      { type: 'heading', level: 2, children: [text('Rules')] },
      { type: 'list', ordered: false, start: 1, items: [[text('one,\nwrapped')], [text('two')]] },
      { type: 'list', ordered: true, start: 1, items: [[text('first')], [text('second')]] },
    ]);
  });

  it('keeps a code block verbatim, markup and blank lines included', () => {
    const blocks = parseMarkdown('```\n# not a heading\n\n**x** <b>\n```');
    expect(blocks).toEqual([{ type: 'code', lang: null, text: '# not a heading\n\n**x** <b>' }]);
  });

  it('ends an unclosed code block at the end of the text', () => {
    expect(parseMarkdown('```python\nprint(1)')).toEqual([
      { type: 'code', lang: 'python', text: 'print(1)' },
    ]);
  });

  it('reads quotes and rules', () => {
    expect(parseMarkdown('> quoted\n> text\n\n---')).toEqual([
      { type: 'quote', children: [{ type: 'paragraph', children: [text('quoted\ntext')] }] },
      { type: 'rule' },
    ]);
  });

  it('finds the program of a possible-outputs statement', () => {
    const blocks = parseMarkdown(
      'Text\n\n```python\nimport threading\n```\n\n```python\nother\n```',
    );
    expect(firstCodeBlock(blocks, 'python')).toBe('import threading');
    expect(firstCodeBlock(blocks, 'text')).toBeNull();
  });

  it('parses every statement of the catalogue into headings, text, lists and code', () => {
    const root = join(import.meta.dirname, '../../../../../exercises');
    let statements = 0;
    for (const section of readdirSync(root)) {
      for (const slug of readdirSync(join(root, section))) {
        for (const lang of ['ru', 'en']) {
          const source = readFileSync(join(root, section, slug, `statement.${lang}.md`), 'utf8');
          const blocks = parseMarkdown(source);
          statements += 1;
          expect(blocks[0]?.type).toBe('heading');
          expect(blocks.some((block) => block.type === 'code')).toBe(true);
          // Every backtick pair became a code span: none is left over in the text.
          const leftover = JSON.stringify(blocks.filter((block) => block.type !== 'code'));
          expect(leftover, `${section}/${slug} ${lang}`).not.toMatch(/"text":"[^"]*`[^"]*"/);
          expect(leftover, `${section}/${slug} ${lang}`).not.toMatch(/"text":"[^"]*\*\*[^"]*"/);
        }
      }
    }
    expect(statements).toBeGreaterThanOrEqual(48);
  });
});
