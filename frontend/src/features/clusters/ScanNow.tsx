import { ApiError, errorMessage } from '../../api/client';
import type { ScanRun } from '../../api/clusters';
import { useTriggerScan } from '../../api/clusters';
import styles from './Clusters.module.css';

interface ScanNowProps {
  clusterId: string;
  running: ScanRun | undefined;
  /** Called once the server accepted the request, so the page polls until the scan shows up. */
  onScheduled: () => void;
}

export function ScanNow({ clusterId, running, onScheduled }: ScanNowProps) {
  const trigger = useTriggerScan(clusterId);
  const busy = trigger.isPending || running !== undefined;
  const alreadyRunning = trigger.error instanceof ApiError && trigger.error.status === 409;

  return (
    <span className={styles.actions}>
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        onClick={() => trigger.mutate(undefined, { onSuccess: onScheduled })}
        data-testid="scan-now"
      >
        {running ? 'Scan running' : trigger.isPending ? 'Asking…' : 'Scan now'}
      </button>
      {trigger.isSuccess && !running && <span role="status">Scan scheduled; it starts in a few seconds.</span>}
      {trigger.isError && (
        <span role="alert" className={alreadyRunning ? undefined : styles.alert}>
          {alreadyRunning ? `A scan is already running. ${errorMessage(trigger.error)}` : errorMessage(trigger.error)}
        </span>
      )}
    </span>
  );
}
