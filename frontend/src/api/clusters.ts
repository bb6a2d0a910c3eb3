import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, apiFetchText, jsonBody, queryString } from './client';

export type ClusterHealth = 'NEW' | 'HEALTHY' | 'PARTIAL' | 'FAILING' | 'STALE';
export type Environment = 'prod' | 'staging' | 'dev' | 'other';
export const ENVIRONMENTS: readonly Environment[] = ['prod', 'staging', 'dev', 'other'];

export interface ClusterView {
  id: string;
  name: string;
  environment: string;
  team: string | null;
  labels: Record<string, string>;
  server: string;
  health: ClusterHealth;
  consecutiveFailures: number;
  serverVersion: string | null;
  lastScanAt: string | null;
  lastCompleteScanAt: string | null;
  scanIntervalSeconds: number;
  includeSecrets: boolean;
  insecureSkipTlsVerify: boolean;
  insecureAllowedBy: string | null;
  tokenExpiresAt: string | null;
  tokenExpiresSoon: boolean;
  createdAt: string;
}

/** How Fleetward reaches a cluster: a kubeconfig (and one of its contexts), or server URL + CA + token. */
export interface ClusterAccess {
  kubeconfig?: string;
  context?: string;
  server?: string;
  certificateAuthority?: string;
  token?: string;
  insecureSkipTlsVerify?: boolean;
}

export interface ClusterRegistration extends ClusterAccess {
  name: string;
  environment: string;
  team?: string;
  labels?: Record<string, string>;
  includeSecrets?: boolean;
  scanIntervalSeconds?: number;
}

export interface PermissionCheck {
  kind: string;
  resource: string;
  group: string;
  allowed: boolean;
  reason: string | null;
}

export interface ConnectionReport {
  reachable: boolean;
  serverVersion: string | null;
  error: string | null;
  permissions: PermissionCheck[];
  /** `resource.group` of what the reader role may not list, e.g. `clusterrolebindings.rbac.authorization.k8s.io`. */
  missing: string[];
}

export type ScanOutcome = 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED';
export type CoverageState = 'COMPLETE' | 'FORBIDDEN' | 'NOT_FOUND' | 'FAILED';

export interface KindCoverage {
  state: CoverageState;
  reason?: string | null;
  millis?: number | null;
}

export interface ScanCounts {
  pass?: number;
  fail?: number;
  unknown?: number;
  not_applicable?: number;
  opened: number;
  resolved: number;
  reopened: number;
  exempted: number;
  retired: number;
}

export interface ScanRun {
  id: string;
  clusterId: string;
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: ScanOutcome;
  kindsDone: number;
  kindsTotal: number;
  coverage: Record<string, KindCoverage>;
  counts: ScanCounts | null;
  error: string | null;
}

export interface ScanScheduled {
  clusterId: string;
  status: 'scheduled';
}

const base = '/api/v1/clusters';

export const fetchClusters = () => apiFetch<ClusterView[]>(base);
export const fetchCluster = (id: string) => apiFetch<ClusterView>(`${base}/${encodeURIComponent(id)}`);
export const registerCluster = (body: ClusterRegistration) => apiFetch<ClusterView>(base, jsonBody('POST', body));
export const testConnection = (body: ClusterAccess) =>
  apiFetch<ConnectionReport>(`${base}/connection-test`, jsonBody('POST', body));
export const fetchReaderRole = () => apiFetchText(`${base}/reader-role`);
export const deleteCluster = (id: string) =>
  apiFetch<void>(`${base}/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const triggerScan = (id: string) =>
  apiFetch<ScanScheduled>(`${base}/${encodeURIComponent(id)}/scans`, { method: 'POST' });
export const fetchScans = (id: string, limit: number) =>
  apiFetch<ScanRun[]>(`${base}/${encodeURIComponent(id)}/scans${queryString({ limit })}`);

export const clusterKeys = {
  all: ['clusters'] as const,
  list: () => [...clusterKeys.all, 'list'] as const,
  detail: (id: string) => [...clusterKeys.all, 'detail', id] as const,
  scans: (id: string, limit: number) => [...clusterKeys.all, 'detail', id, 'scans', { limit }] as const,
  readerRole: () => [...clusterKeys.all, 'reader-role'] as const,
};

export function useClusters() {
  return useQuery({ queryKey: clusterKeys.list(), queryFn: fetchClusters });
}

export function useCluster(id: string) {
  return useQuery({ queryKey: clusterKeys.detail(id), queryFn: () => fetchCluster(id) });
}

export function useReaderRole() {
  return useQuery({ queryKey: clusterKeys.readerRole(), queryFn: fetchReaderRole, staleTime: Infinity });
}

/** How often to look again while a scan runs or is about to start. */
export const SCAN_POLL_MS = 3000;

/** Recent scans, polled while one is running, or while `expectScan` says one was just asked for. */
export function useScans(id: string, { limit = 20, expectScan = false } = {}) {
  return useQuery({
    queryKey: clusterKeys.scans(id, limit),
    queryFn: () => fetchScans(id, limit),
    refetchInterval: (query) => {
      const running = query.state.data?.some((scan) => scan.outcome === 'RUNNING');
      return running || expectScan ? SCAN_POLL_MS : false;
    },
  });
}

export function useRegisterCluster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerCluster,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
  });
}

export function useTestConnection() {
  return useMutation({ mutationFn: testConnection });
}

export function useDeleteCluster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCluster,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: clusterKeys.detail(id) });
      // Its findings, scores and trends go with it.
      return queryClient.invalidateQueries();
    },
  });
}

export function useTriggerScan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => triggerScan(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...clusterKeys.detail(id), 'scans'] }),
  });
}
