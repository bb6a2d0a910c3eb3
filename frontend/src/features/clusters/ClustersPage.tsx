import { Link } from 'react-router-dom';
import { useClusters } from '../../api/clusters';
import { hasRole, useCurrentUser } from '../../api/session';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { ClusterTable } from './ClusterTable';
import styles from './Clusters.module.css';

export function ClustersPage() {
  const clusters = useClusters();
  const canRegister = hasRole(useCurrentUser(), 'ADMIN');

  return (
    <Page title="Clusters" summary="The clusters Fleetward scans, and how each connection is doing.">
      {canRegister && (
        <div className={styles.toolbar}>
          <span />
          <Link to="/clusters/new" className="button button-primary" data-testid="register-cluster">
            Register cluster
          </Link>
        </div>
      )}
      {clusters.isPending && <Loading what="clusters" />}
      {clusters.isError && <ErrorNotice error={clusters.error} onRetry={() => void clusters.refetch()} />}
      {clusters.isSuccess && clusters.data.length === 0 && (
        <EmptyState message="No clusters registered yet.">
          <p>
            {canRegister
              ? 'Register one with a kubeconfig or a service-account token. Its first scan runs about a minute later.'
              : 'An admin registers clusters; ask one to add yours.'}
          </p>
        </EmptyState>
      )}
      {clusters.isSuccess && clusters.data.length > 0 && <ClusterTable clusters={clusters.data} />}
    </Page>
  );
}
