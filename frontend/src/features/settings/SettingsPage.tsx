import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

export function SettingsPage() {
  return (
    <Page title="Settings" summary="Users, teams, API tokens and notifications.">
      <EmptyState message="No settings to change yet." />
    </Page>
  );
}
