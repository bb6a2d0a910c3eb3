import { Link } from 'react-router-dom';
import { useFleetSummary } from '../../api/fleet';
import { TrendPanel } from '../../components/charts/TrendPanel';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { ClusterScoresTable } from './ClusterScoresTable';
import styles from './Fleet.module.css';
import { SummaryTiles } from './SummaryTiles';

export function FleetPage() {
  const summary = useFleetSummary();

  return (
    <Page title="Fleet" summary="Health and trends across every registered cluster.">
      {summary.isPending && <Loading what="the fleet" />}
      {summary.isError && <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.isSuccess && summary.data.clusters === 0 && <NoClusters />}
      {summary.isSuccess && summary.data.clusters > 0 && (
        <>
          <SummaryTiles summary={summary.data} />
          <section aria-labelledby="fleet-grades">
            <h2 id="fleet-grades" className={styles.sectionTitle}>
              Clusters
            </h2>
            <ClusterScoresTable scores={summary.data.clusterScores} />
          </section>
          <TrendPanel caption="Fleet: open findings and score, last 30 days" />
        </>
      )}
    </Page>
  );
}

function NoClusters() {
  return (
    <EmptyState message="No clusters registered yet.">
      <p>
        <Link to="/clusters">Register a cluster</Link> with a kubeconfig or a service-account token; Fleetward shows the
        read-only role to apply and tests the connection first.
      </p>
      <p>
        Started with the README&apos;s run command? It registers a demo fleet by itself. Findings and scores appear
        after the first scan, about a minute after a cluster is registered.
      </p>
    </EmptyState>
  );
}
