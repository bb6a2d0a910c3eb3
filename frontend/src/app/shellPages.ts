import type { ComponentType } from 'react';
import { ChecksPage } from '../features/checks/ChecksPage';
import { ClustersPage } from '../features/clusters/ClustersPage';
import { FindingsPage } from '../features/findings/FindingsPage';
import { FleetPage } from '../features/fleet/FleetPage';
import { SettingsPage } from '../features/settings/SettingsPage';

/** A screen reached from the main navigation. Adding a screen means adding one entry here. */
export interface ShellPage {
  /** Route path below "/", also the suffix of the nav link's test id. */
  path: string;
  label: string;
  Component: ComponentType;
}

export const shellPages: readonly ShellPage[] = [
  { path: 'fleet', label: 'Fleet', Component: FleetPage },
  { path: 'clusters', label: 'Clusters', Component: ClustersPage },
  { path: 'findings', label: 'Findings', Component: FindingsPage },
  { path: 'checks', label: 'Checks', Component: ChecksPage },
  { path: 'settings', label: 'Settings', Component: SettingsPage },
];

export const HOME_PATH = '/fleet';
