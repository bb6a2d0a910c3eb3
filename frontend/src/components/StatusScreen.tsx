import styles from './StatusScreen.module.css';

interface StatusScreenProps {
  message: string;
  /** Offered when the state may pass by asking again, e.g. the server was unreachable. */
  onRetry?: () => void;
  /** Announce as an error rather than as progress. */
  alert?: boolean;
}

/** A whole-window message shown before the shell can be drawn. */
export function StatusScreen({ message, onRetry, alert = false }: StatusScreenProps) {
  return (
    <div className={styles.screen}>
      <div className={styles.panel}>
        <p role={alert ? 'alert' : 'status'} className={styles.message}>
          {message}
        </p>
        {onRetry && (
          <button type="button" className="button button-secondary" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
