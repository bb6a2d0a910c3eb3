import { errorMessage } from '../api/client';
import styles from './QueryState.module.css';

export function Loading({ what }: { what: string }) {
  return (
    <p className={styles.loading} role="status">
      Loading {what}…
    </p>
  );
}

interface ErrorNoticeProps {
  error: unknown;
  /** Offered when asking again might help. */
  onRetry?: () => void;
  testId?: string;
}

/** A failed request, with the problem detail the server gave. */
export function ErrorNotice({ error, onRetry, testId }: ErrorNoticeProps) {
  return (
    <div className={styles.error} role="alert" data-testid={testId}>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary button-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
