import type { ScanRun } from '../../api/clusters';
import { Time } from '../../components/Time';
import styles from './Clusters.module.css';

/** A running scan: how many resource kinds it has read so far. */
export function ScanProgress({ scan }: { scan: ScanRun }) {
  const total = Math.max(scan.kindsTotal, 0);
  const done = Math.min(scan.kindsDone, total || scan.kindsDone);
  return (
    <div className={styles.progress} data-testid="scan-progress" role="status">
      <span>
        Scanning: {done} of {total || '?'} kinds read (started <Time value={scan.startedAt} relativeToNow />)
      </span>
      <progress max={total || undefined} value={total ? done : undefined} aria-label="Scan progress" />
    </div>
  );
}
