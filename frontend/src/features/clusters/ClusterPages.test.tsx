import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, json, noContent, problem, viewer } from '../../test/fakeApi';
import { cluster, emptyFleetRoutes, scan } from '../../test/fixtures';
import { currentPath, renderApp } from '../../test/renderApp';

const operator = { username: 'olga', role: 'OPERATOR' as const };

describe('ClustersPage', () => {
  it('lists clusters with health, last scan and connection warnings', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/clusters': () =>
        json(200, [
          cluster(),
          cluster({
            id: 'c-lab',
            name: 'lab',
            health: 'STALE',
            insecureSkipTlsVerify: true,
            insecureAllowedBy: 'admin',
            tokenExpiresSoon: true,
            tokenExpiresAt: '2999-01-01T00:00:00Z',
            lastScanAt: null,
          }),
        ]),
    });
    renderApp('/clusters');

    const rows = await screen.findAllByTestId('cluster-row');
    expect(rows.map((r) => r.dataset.clusterName)).toEqual(['prod-eu-1', 'lab']);
    expect(within(rows[0]).getByTestId('health-badge')).toHaveTextContent('Healthy');
    expect(within(rows[0]).queryByTestId('insecure-tls-warning')).not.toBeInTheDocument();
    expect(within(rows[1]).getByTestId('insecure-tls-warning')).toHaveTextContent('Insecure TLS');
    expect(within(rows[1]).getByTestId('token-warning')).toHaveTextContent('Token expires soon');
    expect(rows[1]).toHaveTextContent('Never');
    expect(screen.getByTestId('register-cluster')).toHaveAttribute('href', '/clusters/new');
  });

  it('hides registration from anyone but admins', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedIn(operator) });
    renderApp('/clusters');

    expect(await screen.findByText('No clusters registered yet.')).toBeInTheDocument();
    expect(screen.queryByTestId('register-cluster')).not.toBeInTheDocument();
  });
});

function detailRoutes(scans: () => Response) {
  return {
    ...emptyFleetRoutes(),
    'GET /api/v1/clusters/c-prod': () => json(200, cluster()),
    'GET /api/v1/clusters/c-prod/scans': scans,
  };
}

describe('ClusterDetailPage', () => {
  it('lists recent scans with the kinds that could not be read, and why', async () => {
    installFakeApi({
      ...detailRoutes(() =>
        json(200, [
          scan({
            outcome: 'PARTIAL',
            coverage: {
              Pod: { state: 'COMPLETE' },
              Secret: { state: 'FORBIDDEN', reason: 'secrets is forbidden' },
              Ingress: { state: 'NOT_FOUND' },
            },
            counts: { pass: 10, fail: 2, unknown: 3, opened: 1, resolved: 0, reopened: 0, exempted: 0, retired: 0 },
          }),
        ]),
      ),
      'GET /api/v1/me': backend.signedIn(viewer),
    });
    renderApp('/clusters/c-prod');

    const gaps = await screen.findByTestId('coverage-gaps');
    expect(gaps).toHaveTextContent('Secret forbidden secrets is forbidden');
    expect(gaps).toHaveTextContent('Ingress not found');
    expect(gaps).not.toHaveTextContent('Pod');
    expect(screen.getByText('3 unknown')).not.toHaveClass(screen.getByText('10 pass').className);
    expect(screen.getByTestId('cluster-findings-link')).toHaveAttribute('href', '/findings?cluster=c-prod');
  });

  it('lets a viewer look but not scan or delete', async () => {
    installFakeApi({ ...detailRoutes(() => json(200, [scan()])), 'GET /api/v1/me': backend.signedIn(viewer) });
    renderApp('/clusters/c-prod');

    expect(await screen.findAllByTestId('scan-row')).toHaveLength(1);
    expect(screen.queryByTestId('scan-now')).not.toBeInTheDocument();
    expect(screen.queryByTestId('delete-cluster')).not.toBeInTheDocument();
  });

  it('lets an operator scan but not delete', async () => {
    installFakeApi({ ...detailRoutes(() => json(200, [scan()])), 'GET /api/v1/me': backend.signedIn(operator) });
    renderApp('/clusters/c-prod');

    expect(await screen.findByTestId('scan-now')).toBeEnabled();
    expect(screen.queryByTestId('delete-cluster')).not.toBeInTheDocument();
  });

  it('scans now and shows the running scan progress until it finishes', async () => {
    let scans = [scan()];
    const api = installFakeApi({
      ...detailRoutes(() => json(200, scans)),
      'GET /api/v1/me': backend.signedIn(operator),
      'POST /api/v1/clusters/c-prod/scans': () => {
        scans = [scan({ id: 's-2', startedAt: new Date().toISOString(), finishedAt: null, outcome: 'RUNNING', kindsDone: 7, kindsTotal: 24, counts: null }), ...scans];
        return json(202, { clusterId: 'c-prod', status: 'scheduled' });
      },
    });
    const { user } = renderApp('/clusters/c-prod');

    await user.click(await screen.findByTestId('scan-now'));

    const progress = await screen.findByTestId('scan-progress');
    expect(progress).toHaveTextContent('7 of 24 kinds read');
    expect(screen.getByTestId('scan-now')).toBeDisabled();

    scans = [{ ...scans[0], outcome: 'SUCCEEDED', kindsDone: 24, finishedAt: new Date().toISOString() }, ...scans.slice(1)];
    await waitFor(() => expect(screen.queryByTestId('scan-progress')).not.toBeInTheDocument(), { timeout: 5000 });
    expect(screen.getByTestId('scan-now')).toBeEnabled();
    expect(api.requestsTo('POST', '/api/v1/clusters/c-prod/scans')).toHaveLength(1);
  });

  it('says so when a scan is already running', async () => {
    installFakeApi({
      ...detailRoutes(() => json(200, [scan()])),
      'GET /api/v1/me': backend.signedIn(operator),
      'POST /api/v1/clusters/c-prod/scans': () => problem(409, 'Conflict', 'prod-eu-1 is being scanned.'),
    });
    const { user } = renderApp('/clusters/c-prod');

    await user.click(await screen.findByTestId('scan-now'));

    expect(await screen.findByRole('alert')).toHaveTextContent('A scan is already running. prod-eu-1 is being scanned.');
  });

  it('deletes only after confirmation, for admins', async () => {
    const api = installFakeApi({
      ...detailRoutes(() => json(200, [])),
      'GET /api/v1/me': backend.signedIn(),
      'DELETE /api/v1/clusters/c-prod': () => noContent(),
    });
    const { user } = renderApp('/clusters/c-prod');

    await user.click(await screen.findByTestId('delete-cluster'));
    expect(api.requestsTo('DELETE', '/api/v1/clusters/c-prod')).toHaveLength(0);
    await user.click(screen.getByTestId('confirm-delete'));

    await waitFor(() => expect(currentPath()).toBe('/clusters'));
    expect(api.requestsTo('DELETE', '/api/v1/clusters/c-prod')).toHaveLength(1);
  });
});
