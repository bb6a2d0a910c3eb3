/**
 * The context names in a kubeconfig, read in the browser so the user can pick one before anything is sent.
 * Not a YAML parser: it reads `contexts[].name` and `current-context` from the block layout kubectl writes,
 * and JSON kubeconfigs. The server validates the kubeconfig properly.
 */
export interface KubeconfigContexts {
  names: string[];
  current: string | undefined;
}

function scalar(raw: string): string {
  let value = raw.trim();
  if (value.startsWith('"') || value.startsWith("'")) {
    const quote = value[0];
    const end = value.indexOf(quote, 1);
    return end > 0 ? value.slice(1, end) : value.slice(1);
  }
  const comment = value.search(/\s#/);
  if (comment >= 0) value = value.slice(0, comment);
  return value.trim();
}

function fromJson(text: string): KubeconfigContexts | undefined {
  try {
    const parsed = JSON.parse(text) as { contexts?: { name?: unknown }[]; 'current-context'?: unknown };
    const names = (parsed.contexts ?? []).map((c) => c?.name).filter((n): n is string => typeof n === 'string');
    const current = typeof parsed['current-context'] === 'string' ? parsed['current-context'] : undefined;
    return { names, current };
  } catch {
    return undefined;
  }
}

const indentOf = (line: string) => line.length - line.trimStart().length;

export function readKubeconfigContexts(text: string): KubeconfigContexts {
  if (text.trimStart().startsWith('{')) {
    const json = fromJson(text);
    if (json) return json;
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const names: string[] = [];
  let current: string | undefined;
  let inContexts = false;
  // Column of the keys inside one list item: `- name: x` and `  name: x` under `- context:` both sit there.
  let keyColumn = -1;

  for (const line of lines) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const top = indentOf(line) === 0 && !line.startsWith('-');
    if (top) {
      inContexts = /^contexts\s*:\s*$/.test(line);
      keyColumn = -1;
      const currentMatch = /^current-context\s*:(.*)$/.exec(line);
      if (currentMatch) current = scalar(currentMatch[1]) || undefined;
      continue;
    }
    if (!inContexts) continue;

    const item = /^(\s*)-\s+(.*)$/.exec(line);
    let rest: string;
    let column: number;
    if (item && (keyColumn < 0 || item[1].length + 2 <= keyColumn)) {
      column = line.length - item[2].length;
      keyColumn = column;
      rest = item[2];
    } else {
      column = indentOf(line);
      rest = line.trim();
    }
    if (column !== keyColumn) continue;
    const name = /^name\s*:(.*)$/.exec(rest);
    if (name) {
      const value = scalar(name[1]);
      if (value) names.push(value);
    }
  }
  return { names, current };
}
