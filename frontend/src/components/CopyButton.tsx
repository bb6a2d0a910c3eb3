import { useEffect, useState } from 'react';

interface CopyButtonProps {
  text: string;
  /** What is copied, for screen readers: "Copy YAML". */
  label?: string;
}

/** Copies text to the clipboard and says so; the text stays selectable for browsers without clipboard access. */
export function CopyButton({ text, label = 'Copy' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <button type="button" className="button button-secondary button-small" onClick={() => void copy()} data-testid="copy-button">
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Select and copy by hand' : label}</span>
    </button>
  );
}
