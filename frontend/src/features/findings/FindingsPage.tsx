import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

export function FindingsPage() {
  return (
    <Page title="Findings" summary="What the checks found, with its history from first seen to fixed.">
      <EmptyState message="No findings yet: findings appear after the first scan." />
    </Page>
  );
}
