import type { ClusterView } from '../../api/clusters';
import { Time } from '../../components/Time';
import styles from './Clusters.module.css';

function interval(seconds: number): string {
  if (seconds % 3600 === 0) return `every ${seconds / 3600} h`;
  if (seconds % 60 === 0) return `every ${seconds / 60} min`;
  return `every ${seconds} s`;
}

export function ClusterSettings({ cluster }: { cluster: ClusterView }) {
  const labels = Object.entries(cluster.labels ?? {});
  return (
    <dl className={styles.settings}>
      <dt>Environment</dt>
      <dd>{cluster.environment}</dd>
      <dt>Team</dt>
      <dd>{cluster.team || '—'}</dd>
      <dt>API server</dt>
      <dd>
        <code>{cluster.server}</code>
      </dd>
      <dt>Kubernetes</dt>
      <dd>{cluster.serverVersion ?? 'not known yet'}</dd>
      <dt>TLS</dt>
      <dd>
        {cluster.insecureSkipTlsVerify
          ? `Not verified (insecure)${cluster.insecureAllowedBy ? `, allowed by ${cluster.insecureAllowedBy}` : ''}`
          : 'Verified'}
      </dd>
      <dt>Token expires</dt>
      <dd>
        <Time value={cluster.tokenExpiresAt} fallback="No expiry known" />
      </dd>
      <dt>Scans</dt>
      <dd>{interval(cluster.scanIntervalSeconds)}</dd>
      <dt>Secrets</dt>
      <dd>{cluster.includeSecrets ? 'Metadata read (never data)' : 'Not read'}</dd>
      <dt>Last scan</dt>
      <dd>
        <Time value={cluster.lastScanAt} fallback="Never" />
      </dd>
      <dt>Last complete scan</dt>
      <dd>
        <Time value={cluster.lastCompleteScanAt} fallback="Never" />
      </dd>
      <dt>Registered</dt>
      <dd>
        <Time value={cluster.createdAt} />
      </dd>
      {labels.length > 0 && (
        <>
          <dt>Labels</dt>
          <dd>
            {labels.map(([key, value]) => (
              <code key={key} style={{ marginRight: 'var(--space-2)' }}>
                {key}={value}
              </code>
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}
