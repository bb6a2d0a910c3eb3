import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

export function FleetPage() {
  return (
    <Page title="Fleet" summary="Health and trends across every registered cluster.">
      <EmptyState message="No clusters registered yet.">
        <p>Scores and trends for the fleet appear here once clusters are registered and scanned.</p>
      </EmptyState>
    </Page>
  );
}
