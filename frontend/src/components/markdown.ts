/**
 * A deliberately small reading of the Markdown the check catalog uses: paragraphs, bullet lists and fenced
 * code blocks. It produces plain data that React renders as text, so nothing in it can become markup.
 */

export type MarkdownBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'code'; language: string; code: string };

const fence = /^\s*(```|~~~)\s*([\w+-]*)\s*$/;
const bullet = /^\s*[-*]\s+(.*)$/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: string[] = [];

  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    if (list.length) blocks.push({ type: 'list', items: list });
    paragraph = [];
    list = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = fence.exec(line);
    if (open) {
      flush();
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i].trim().startsWith(open[1]) && fence.test(lines[i]))) {
        code.push(lines[i]);
        i++;
      }
      blocks.push({ type: 'code', language: open[2], code: code.join('\n') });
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const item = bullet.exec(line);
    if (item) {
      if (paragraph.length) flush();
      list.push(item[1].trim());
    } else if (list.length && /^\s+/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      if (list.length) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

export type InlinePart = { code: boolean; text: string };

/** Splits `inline code` from the text around it. */
export function parseInline(text: string): InlinePart[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? { code: true, text: part.slice(1, -1) }
        : { code: false, text: part },
    );
}
