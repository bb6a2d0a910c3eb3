import type { Check } from '../api/checks';
import type { ClusterView, ConnectionReport, ScanRun } from '../api/clusters';
import type { FindingDetail, FindingView } from '../api/findings';
import type { ClusterScore, FleetSummary, TrendDay } from '../api/fleet';
import { json, type Routes } from './fakeApi';

// Canned backend answers, shaped like the REST API's, shared by the tests.

export function cluster(overrides: Partial<ClusterView> = {}): ClusterView {
  return {
    id: 'c-prod',
    name: 'prod-eu-1',
    environment: 'prod',
    team: 'payments',
    labels: { region: 'eu' },
    server: 'https://prod-eu-1.example:6443',
    health: 'HEALTHY',
    consecutiveFailures: 0,
    serverVersion: 'v1.31.2',
    lastScanAt: '2025-06-01T10:00:00Z',
    lastCompleteScanAt: '2025-06-01T10:00:00Z',
    scanIntervalSeconds: 300,
    includeSecrets: false,
    insecureSkipTlsVerify: false,
    insecureAllowedBy: null,
    tokenExpiresAt: null,
    tokenExpiresSoon: false,
    createdAt: '2025-05-01T09:00:00Z',
    ...overrides,
  };
}

export function scan(overrides: Partial<ScanRun> = {}): ScanRun {
  return {
    id: 's-1',
    clusterId: 'c-prod',
    trigger: 'schedule',
    startedAt: '2025-06-01T10:00:00Z',
    finishedAt: '2025-06-01T10:00:40Z',
    outcome: 'SUCCEEDED',
    kindsDone: 24,
    kindsTotal: 24,
    coverage: { Pod: { state: 'COMPLETE', millis: 120 } },
    counts: { pass: 80, fail: 12, unknown: 0, opened: 2, resolved: 1, reopened: 0, exempted: 0, retired: 0 },
    error: null,
    ...overrides,
  };
}

export function finding(overrides: Partial<FindingView> = {}): FindingView {
  return {
    id: 'f-1',
    clusterId: 'c-prod',
    clusterName: 'prod-eu-1',
    checkId: 'ha.replicas',
    checkTitle: 'Deployments run more than one replica',
    area: 'HA',
    severity: 'high',
    status: 'OPEN',
    kind: 'Deployment',
    namespace: 'shop',
    name: 'checkout',
    detail: null,
    message: 'checkout runs 1 replica.',
    firstSeenAt: '2025-05-20T08:00:00Z',
    lastSeenAt: '2025-06-01T10:00:00Z',
    resolvedAt: null,
    resolutionReason: null,
    ticket: null,
    ...overrides,
  };
}

export function findingDetail(overrides: Partial<FindingDetail> = {}): FindingDetail {
  return {
    ...finding(),
    evidence: { replicas: 1, zones: ['eu-1a'] },
    rationale: 'A single replica goes down with its node.',
    remediation: 'Run at least two replicas:\n\n```yaml\nspec:\n  replicas: 2\n```\n',
    references: ['https://kubernetes.io/docs/concepts/workloads/controllers/deployment/'],
    events: [{ type: 'OPENED', at: '2025-05-20T08:00:00Z', reason: null }],
    ...overrides,
  };
}

export function check(overrides: Partial<Check> = {}): Check {
  return {
    id: 'ha.replicas',
    title: 'Deployments run more than one replica',
    area: 'HA',
    severity: 'high',
    requirement: 'Every Deployment in production runs at least two replicas.',
    rationale: 'A single replica goes down with its node.',
    remediation: 'Set `spec.replicas` to 2 or more.',
    references: [],
    peers: { polaris: 'deploymentMissingReplicas' },
    failing: 3,
    passing: 40,
    ...overrides,
  };
}

export function clusterScore(overrides: Partial<ClusterScore> = {}): ClusterScore {
  return {
    clusterId: 'c-prod',
    name: 'prod-eu-1',
    environment: 'prod',
    health: 'HEALTHY',
    score: 87,
    grade: 'B',
    areas: {
      HA: { score: 90, grade: 'A' },
      NETWORKING: { score: 70, grade: 'C' },
      STORAGE: { score: null, grade: null },
      SECURITY: { score: 85, grade: 'B' },
    },
    ...overrides,
  };
}

export function fleetSummary(overrides: Partial<FleetSummary> = {}): FleetSummary {
  return {
    clusters: 1,
    openBySeverity: { critical: 1, high: 4, medium: 7, low: 2, info: 0 },
    clusterScores: [clusterScore()],
    ...overrides,
  };
}

export function trendDays(count = 3): TrendDay[] {
  return Array.from({ length: count }, (_, i) => ({
    day: `2025-06-0${i + 1}`,
    open: 10 - i,
    opened: 1,
    resolved: 2,
    meanTimeToFixHours: null,
    score: i === 0 ? null : 80 + i,
  }));
}

export function connectionReport(overrides: Partial<ConnectionReport> = {}): ConnectionReport {
  return {
    reachable: true,
    serverVersion: 'v1.31.2',
    error: null,
    permissions: [
      { kind: 'Pod', resource: 'pods', group: '', allowed: true, reason: null },
      {
        kind: 'ClusterRoleBinding',
        resource: 'clusterrolebindings',
        group: 'rbac.authorization.k8s.io',
        allowed: false,
        reason: 'forbidden: User "system:serviceaccount:fleetward:reader" cannot list',
      },
    ],
    missing: ['clusterrolebindings.rbac.authorization.k8s.io'],
    ...overrides,
  };
}

/** Every read the screens make, answered with an empty fleet; tests override what they look at. */
export function emptyFleetRoutes(): Routes {
  return {
    'GET /api/v1/clusters': () => json(200, []),
    'GET /api/v1/findings': () => json(200, { items: [], nextCursor: null }),
    'GET /api/v1/checks': () => json(200, []),
    'GET /api/v1/fleet/summary': () =>
      json(200, { clusters: 0, openBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, clusterScores: [] }),
    'GET /api/v1/fleet/trend': () => json(200, { days: [] }),
  };
}
