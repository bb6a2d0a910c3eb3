import type { ClusterView } from '../../api/clusters';
import { Badge } from '../../components/Badge';
import { formatDateTime } from '../../components/Time';
import styles from './Clusters.module.css';

function tokenExpired(cluster: ClusterView, now: number) {
  return cluster.tokenExpiresAt !== null && new Date(cluster.tokenExpiresAt).getTime() <= now;
}

/** What needs an admin's attention about a cluster's connection. */
export function ClusterWarnings({ cluster }: { cluster: ClusterView }) {
  const now = Date.now();
  const expired = tokenExpired(cluster, now);
  return (
    <span className={styles.warnings}>
      {expired && (
        <Badge tone="bad" testId="token-warning" title={`Expired ${formatDateTime(cluster.tokenExpiresAt!)}`}>
          Token expired
        </Badge>
      )}
      {!expired && cluster.tokenExpiresSoon && (
        <Badge
          tone="warning"
          testId="token-warning"
          title={cluster.tokenExpiresAt ? `Expires ${formatDateTime(cluster.tokenExpiresAt)}` : undefined}
        >
          Token expires soon
        </Badge>
      )}
      {cluster.insecureSkipTlsVerify && (
        <Badge
          tone="bad"
          testId="insecure-tls-warning"
          title={cluster.insecureAllowedBy ? `TLS not verified; allowed by ${cluster.insecureAllowedBy}` : 'TLS not verified'}
        >
          Insecure TLS
        </Badge>
      )}
      {cluster.consecutiveFailures > 0 && (
        <Badge tone="bad" title="Scans that failed in a row">
          {cluster.consecutiveFailures} failed {cluster.consecutiveFailures === 1 ? 'scan' : 'scans'}
        </Badge>
      )}
    </span>
  );
}
