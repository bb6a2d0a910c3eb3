import type { ComponentType } from 'react';
import { ChecksPage } from '../features/checks/ChecksPage';
import { ClusterDetailPage } from '../features/clusters/ClusterDetailPage';
import { ClustersPage } from '../features/clusters/ClustersPage';
import { RegisterClusterPage } from '../features/clusters/RegisterClusterPage';
import { FindingDetailPage } from '../features/findings/FindingDetailPage';
import { FindingsPage } from '../features/findings/FindingsPage';
import { FleetPage } from '../features/fleet/FleetPage';
import { SettingsPage } from '../features/settings/SettingsPage';

/** A screen reached from the main navigation. Adding a screen means adding one entry here. */
export interface ShellPage {
  /** Route path below "/", also the suffix of the nav link's test id. */
  path: string;
  label: string;
  Component: ComponentType;
  /** Pages below this one, e.g. `:id` for a detail page; the navigation link stays highlighted there. */
  children?: readonly { path: string; Component: ComponentType }[];
}

export const shellPages: readonly ShellPage[] = [
  { path: 'fleet', label: 'Fleet', Component: FleetPage },
  {
    path: 'clusters',
    label: 'Clusters',
    Component: ClustersPage,
    children: [
      { path: 'new', Component: RegisterClusterPage },
      { path: ':id', Component: ClusterDetailPage },
    ],
  },
  {
    path: 'findings',
    label: 'Findings',
    Component: FindingsPage,
    children: [{ path: ':id', Component: FindingDetailPage }],
  },
  { path: 'checks', label: 'Checks', Component: ChecksPage },
  { path: 'settings', label: 'Settings', Component: SettingsPage },
];

export const HOME_PATH = '/fleet';
