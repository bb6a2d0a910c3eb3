import { CodeBlock } from './CodeBlock';
import { parseInline, parseMarkdown } from './markdown';

function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, i) => (part.code ? <code key={i}>{part.text}</code> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** Renders catalog Markdown (paragraphs, lists, code blocks) as React text; never as HTML. */
export function Markdown({ source, testId }: { source: string | null | undefined; testId?: string }) {
  if (!source) return null;
  return (
    <div data-testid={testId}>
      {parseMarkdown(source).map((block, i) => {
        if (block.type === 'code') return <CodeBlock key={i} code={block.code} language={block.language || undefined} />;
        if (block.type === 'list') {
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>
                  <Inline text={item} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i}>
            <Inline text={block.text} />
          </p>
        );
      })}
    </div>
  );
}
