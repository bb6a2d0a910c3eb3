import { Link } from 'react-router-dom';
import { SEVERITIES } from '../../api/findings';
import type { FleetSummary } from '../../api/fleet';
import styles from './Fleet.module.css';

/** Clusters, and open findings per severity; each count leads to the findings behind it. */
export function SummaryTiles({ summary }: { summary: FleetSummary }) {
  return (
    <dl className={styles.tiles} data-testid="fleet-summary" aria-label="Fleet summary">
      <div className={styles.tile}>
        <dt>Clusters</dt>
        <dd>
          <Link to="/clusters">{summary.clusters}</Link>
        </dd>
      </div>
      {SEVERITIES.map((severity) => (
        <div key={severity} className={`${styles.tile} ${severity === 'critical' ? styles.critical : ''}`}>
          <dt>Open {severity}</dt>
          <dd data-testid={`open-${severity}`}>
            <Link to={`/findings?severity=${severity}`}>{summary.openBySeverity?.[severity] ?? 0}</Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
