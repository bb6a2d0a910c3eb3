import type { ReactNode } from 'react';
import styles from './EmptyState.module.css';

interface EmptyStateProps {
  /** What there is nothing of, said plainly. */
  message: string;
  /** What makes it appear, or what to do next. */
  children?: ReactNode;
}

export function EmptyState({ message, children }: EmptyStateProps) {
  return (
    <div className={styles.emptyState} role="status">
      <p className={styles.message}>{message}</p>
      {children && <div className={styles.hint}>{children}</div>}
    </div>
  );
}
