import { useEffect, type ReactNode } from 'react';
import styles from './Page.module.css';

interface PageProps {
  title: string;
  /** One line under the title saying what the page is for. */
  summary?: string;
  children?: ReactNode;
}

/** The frame of every screen in the shell: its title (also in the browser tab) and its content. */
export function Page({ title, summary, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Fleetward`;
    return () => {
      document.title = 'Fleetward';
    };
  }, [title]);

  return (
    <section className={styles.page} aria-labelledby="page-title">
      <header className={styles.header}>
        <h1 id="page-title" className={styles.title} data-testid="page-title" tabIndex={-1}>
          {title}
        </h1>
        {summary && <p className={styles.summary}>{summary}</p>}
      </header>
      {children}
    </section>
  );
}
