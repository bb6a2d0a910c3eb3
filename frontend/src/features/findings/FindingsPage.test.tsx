import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, json, type RecordedRequest } from '../../test/fakeApi';
import { check, cluster, emptyFleetRoutes, finding } from '../../test/fixtures';
import { currentPath, renderApp } from '../../test/renderApp';

function findingsRoutes(page: (request: RecordedRequest) => Response) {
  return {
    ...emptyFleetRoutes(),
    'GET /api/v1/me': backend.signedIn(),
    'GET /api/v1/clusters': () => json(200, [cluster()]),
    'GET /api/v1/checks': () => json(200, [check()]),
    'GET /api/v1/findings': page,
  };
}

const query = (request: RecordedRequest) => Object.fromEntries(request.query.entries());

describe('FindingsPage', () => {
  it('asks for open findings by default', async () => {
    const api = installFakeApi(findingsRoutes(() => json(200, { items: [finding()], nextCursor: null })));
    renderApp('/findings');

    const [row] = await screen.findAllByTestId('finding-row');
    expect(row).toHaveTextContent('Deployments run more than one replica');
    expect(row).toHaveTextContent('Deployment shop/checkout');
    expect(row).toHaveTextContent('prod-eu-1');
    expect(query(api.requestsTo('GET', '/api/v1/findings')[0])).toEqual({ status: 'OPEN', limit: '50' });
    expect(screen.queryByTestId('load-more')).not.toBeInTheDocument();
  });

  it('puts the chosen filters in the address and in the request', async () => {
    const api = installFakeApi(findingsRoutes(() => json(200, { items: [finding()], nextCursor: null })));
    const { user } = renderApp('/findings?cluster=c-prod');
    await screen.findByTestId('finding-row');

    await user.selectOptions(screen.getByTestId('findings-filter-severity'), 'critical');
    await user.selectOptions(screen.getByTestId('findings-filter-status'), 'RESOLVED');
    await user.selectOptions(screen.getByLabelText('Area'), 'SECURITY');
    await user.type(screen.getByLabelText('Namespace'), 'shop{Enter}');
    await user.click(screen.getByTestId('sort-age'));

    await waitFor(() =>
      expect(query(api.requests.filter((r) => r.path === '/api/v1/findings').at(-1)!)).toEqual({
        cluster: 'c-prod',
        severity: 'critical',
        status: 'RESOLVED',
        area: 'SECURITY',
        namespace: 'shop',
        sort: 'age',
        limit: '50',
      }),
    );
    expect(currentPath()).toBe('/findings');
    expect(screen.getByLabelText('Cluster')).toHaveValue('c-prod');
  });

  it('sends no status when any status is chosen', async () => {
    const api = installFakeApi(findingsRoutes(() => json(200, { items: [], nextCursor: null })));
    renderApp('/findings?status=ALL&check=ha.replicas');

    await screen.findByText('No findings match these filters.');
    expect(query(api.requestsTo('GET', '/api/v1/findings')[0])).toEqual({ check: 'ha.replicas', limit: '50' });
  });

  it('loads more with the cursor of the last page and appends it', async () => {
    const api = installFakeApi(
      findingsRoutes((request) =>
        request.query.get('cursor') === 'after-50'
          ? json(200, { items: [finding({ id: 'f-51', name: 'cart' })], nextCursor: null })
          : json(200, { items: [finding({ id: 'f-1', name: 'checkout' })], nextCursor: 'after-50' }),
      ),
    );
    const { user } = renderApp('/findings?severity=high');

    expect(await screen.findAllByTestId('finding-row')).toHaveLength(1);
    await user.click(screen.getByTestId('load-more'));

    await waitFor(() => expect(screen.getAllByTestId('finding-row')).toHaveLength(2));
    const rows = screen.getAllByTestId('finding-row');
    expect(rows[0]).toHaveTextContent('checkout');
    expect(rows[1]).toHaveTextContent('cart');
    const requests = api.requestsTo('GET', '/api/v1/findings');
    expect(query(requests[1])).toEqual({ severity: 'high', status: 'OPEN', cursor: 'after-50', limit: '50' });
    expect(screen.queryByTestId('load-more')).not.toBeInTheDocument();
  });
});
