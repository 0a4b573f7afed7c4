'use client';

import { useEffect, useRef } from 'react';

/**
 * The code the interleaving runs through, with line numbers; the line of the current step is
 * highlighted and kept in view (inside the listing only: the page itself does not jump).
 */
export function SourceListing({
  source,
  title,
  currentLine,
}: {
  source: string;
  title: string;
  currentLine: number | null;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const lines = source.replace(/\r\n?/g, '\n').split('\n');

  useEffect(() => {
    const list = listRef.current;
    if (!list || currentLine === null) return;
    const line = list.children[currentLine - 1] as HTMLElement | undefined;
    if (!line) return;
    const scroller = list.parentElement;
    if (!scroller) return;
    const top = line.offsetTop - scroller.clientHeight / 2 + line.clientHeight / 2;
    scroller.scrollTo({ top: Math.max(top, 0), behavior: 'smooth' });
  }, [currentLine]);

  return (
    <figure className="source-listing">
      <figcaption>{title}</figcaption>
      <div className="source-scroll">
        <ol ref={listRef} data-testid="source-listing">
          {lines.map((text, index) => {
            const number = index + 1;
            const current = number === currentLine;
            return (
              <li
                key={number}
                className={current ? 'current' : undefined}
                data-line={number}
                data-current={current || undefined}
                aria-current={current ? 'step' : undefined}
              >
                <span className="line-number">{number}</span>
                <code>{text || ' '}</code>
              </li>
            );
          })}
        </ol>
      </div>
    </figure>
  );
}
