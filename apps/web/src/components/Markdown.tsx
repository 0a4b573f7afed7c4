import type { ReactNode } from 'react';
import type { Block, Inline } from '../lib/markdown/ast';
import { parseMarkdown } from '../lib/markdown/parse';

/**
 * An exercise statement, drawn from its Markdown as React elements: text is always text
 * (React escapes it), so nothing in a statement can become markup.
 */
export function Markdown({
  source,
  className,
  withoutTitle = false,
}: {
  source: string;
  className?: string;
  /** Drops a leading `# Title`: the page already shows it as its own heading. */
  withoutTitle?: boolean;
}) {
  let blocks = parseMarkdown(source);
  const first = blocks[0];
  if (withoutTitle && first?.type === 'heading' && first.level === 1) blocks = blocks.slice(1);
  return <div className={className ?? 'prose'}>{blocks.map(renderBlock)}</div>;
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      // The page's own <h1> is the exercise title; a statement's headings sit below it.
      const level = Math.min(block.level + 1, 6);
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return <Tag key={key}>{block.children.map(renderInline)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{block.children.map(renderInline)}</p>;
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item.map(renderInline)}</li>);
      return block.ordered ? (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'code':
      return (
        <pre key={key} className="code-block" data-lang={block.lang ?? undefined}>
          <code>{block.text}</code>
        </pre>
      );
    case 'quote':
      return <blockquote key={key}>{block.children.map(renderBlock)}</blockquote>;
    case 'rule':
      return <hr key={key} />;
  }
}

function renderInline(node: Inline, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'strong':
      return <strong key={key}>{node.children.map(renderInline)}</strong>;
    case 'em':
      return <em key={key}>{node.children.map(renderInline)}</em>;
    case 'link': {
      const external = /^(https?:)?\/\//.test(node.href);
      return (
        <a
          key={key}
          href={node.href}
          {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}
        >
          {node.children.map(renderInline)}
        </a>
      );
    }
  }
}
