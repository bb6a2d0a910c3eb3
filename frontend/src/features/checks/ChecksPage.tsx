import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

export function ChecksPage() {
  return (
    <Page title="Checks" summary="What Fleetward judges in each cluster, and why it matters in production.">
      <EmptyState message="No checks to show yet." />
    </Page>
  );
}
