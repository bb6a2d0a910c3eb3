import { CopyButton } from './CopyButton';
import styles from './CodeBlock.module.css';

interface CodeBlockProps {
  code: string;
  /** e.g. "yaml"; shown above the code. */
  language?: string;
  testId?: string;
}

/** Preformatted code with a copy button. The code is text, never markup. */
export function CodeBlock({ code, language, testId }: CodeBlockProps) {
  return (
    <figure className={styles.block} data-testid={testId}>
      <figcaption className={styles.toolbar}>
        <span>{language ? language.toUpperCase() : 'Code'}</span>
        <CopyButton text={code} label={`Copy${language ? ` ${language.toUpperCase()}` : ''}`} />
      </figcaption>
      <pre className={styles.code} tabIndex={0}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
