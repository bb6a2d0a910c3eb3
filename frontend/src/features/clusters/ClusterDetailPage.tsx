import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { clusterKeys, useCluster, useScans, type ScanRun } from '../../api/clusters';
import { hasRole, useCurrentUser } from '../../api/session';
import { HealthBadge } from '../../components/Badge';
import { TrendPanel } from '../../components/charts/TrendPanel';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { ApiError } from '../../api/client';
import { ClusterSettings } from './ClusterSettings';
import { ClusterWarnings } from './ClusterWarnings';
import styles from './Clusters.module.css';
import { DeleteCluster } from './DeleteCluster';
import { ScanHistory } from './ScanHistory';
import { ScanNow } from './ScanNow';
import { ScanProgress } from './ScanProgress';

/** Stop waiting for a requested scan to show up after this long; the list still refreshes on its own. */
const EXPECT_SCAN_MS = 2 * 60 * 1000;

export function ClusterDetailPage() {
  const { id = '' } = useParams();
  const cluster = useCluster(id);

  if (cluster.isPending) {
    return (
      <Page title="Cluster">
        <Loading what="the cluster" />
      </Page>
    );
  }
  if (cluster.isError) {
    const missing = cluster.error instanceof ApiError && cluster.error.status === 404;
    return (
      <Page title={missing ? 'Cluster not found' : 'Cluster'}>
        {missing ? (
          <EmptyState message="There is no such cluster; it may have been deleted.">
            <p>
              <Link to="/clusters">All clusters</Link>
            </p>
          </EmptyState>
        ) : (
          <ErrorNotice error={cluster.error} onRetry={() => void cluster.refetch()} />
        )}
      </Page>
    );
  }
  return <ClusterDetail clusterId={id} />;
}

/** When a running scan ends, everything computed from scans is out of date. */
function useRefreshAfterScan(clusterId: string, running: ScanRun | undefined) {
  const queryClient = useQueryClient();
  const wasRunning = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({ queryKey: clusterKeys.detail(clusterId) });
      void queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
      void queryClient.invalidateQueries({ queryKey: ['fleet'] });
      void queryClient.invalidateQueries({ queryKey: ['trends'] });
      void queryClient.invalidateQueries({ queryKey: ['findings'] });
    }
    wasRunning.current = running?.id;
  }, [clusterId, running, queryClient]);
}

function ClusterDetail({ clusterId }: { clusterId: string }) {
  const cluster = useCluster(clusterId).data!;
  const user = useCurrentUser();
  const [expectingSince, setExpectingSince] = useState<number>();
  const scans = useScans(clusterId, { expectScan: expectingSince !== undefined });
  const running = scans.data?.find((scan) => scan.outcome === 'RUNNING');

  useEffect(() => {
    if (expectingSince === undefined) return;
    const started = scans.data?.some((scan) => new Date(scan.startedAt).getTime() >= expectingSince - 5000);
    if (running || started) {
      setExpectingSince(undefined);
      return;
    }
    const timer = setTimeout(() => setExpectingSince(undefined), EXPECT_SCAN_MS);
    return () => clearTimeout(timer);
  }, [expectingSince, running, scans.data]);
  useRefreshAfterScan(clusterId, running);

  return (
    <Page title={cluster.name} summary={`${cluster.environment} cluster${cluster.team ? ` of team ${cluster.team}` : ''}`}>
      <div className={styles.actions}>
        <HealthBadge health={cluster.health} />
        <ClusterWarnings cluster={cluster} />
        <span style={{ flex: 1 }} />
        <Link to={`/findings?cluster=${encodeURIComponent(cluster.id)}`} data-testid="cluster-findings-link">
          Open findings
        </Link>
        {hasRole(user, 'OPERATOR') && (
          <ScanNow clusterId={cluster.id} running={running} onScheduled={() => setExpectingSince(Date.now())} />
        )}
      </div>
      {running && <ScanProgress scan={running} />}

      <TrendPanel clusterId={cluster.id} caption={`${cluster.name}: open findings and score, last 30 days`} />

      <section className={styles.section} aria-labelledby="scans-title">
        <h2 id="scans-title">Recent scans</h2>
        {scans.isPending && <Loading what="scans" />}
        {scans.isError && <ErrorNotice error={scans.error} onRetry={() => void scans.refetch()} />}
        {scans.isSuccess && scans.data.length === 0 && (
          <p style={{ margin: 0 }}>No scans yet: the first one runs about a minute after registration.</p>
        )}
        {scans.isSuccess && scans.data.length > 0 && <ScanHistory scans={scans.data} />}
      </section>

      <section className={styles.section} aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        <ClusterSettings cluster={cluster} />
        {hasRole(user, 'ADMIN') && (
          <div className={styles.actions}>
            <DeleteCluster cluster={cluster} />
          </div>
        )}
      </section>
    </Page>
  );
}
