import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

export function ClustersPage() {
  return (
    <Page title="Clusters" summary="The clusters Fleetward scans, and how each connection is doing.">
      <EmptyState message="No clusters registered yet." />
    </Page>
  );
}
