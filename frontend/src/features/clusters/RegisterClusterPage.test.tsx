import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, json, viewer } from '../../test/fakeApi';
import { cluster, connectionReport, emptyFleetRoutes } from '../../test/fixtures';
import { currentPath, renderApp } from '../../test/renderApp';

const kubeconfig = [
  'apiVersion: v1',
  'contexts:',
  '- context: {cluster: a, user: u}',
  '  name: prod-admin',
  '- context: {cluster: b, user: u}',
  '  name: prod-reader',
  'current-context: prod-reader',
  'users:',
  '- name: u',
  '  user:',
  '    exec: {command: aws}',
].join('\n');

function registrationRoutes() {
  return {
    ...emptyFleetRoutes(),
    'GET /api/v1/me': backend.signedIn(),
    'GET /api/v1/clusters/reader-role': () =>
      new Response('kind: ClusterRole\nmetadata:\n  name: fleetward-reader\n', { headers: { 'Content-Type': 'text/plain' } }),
  };
}

describe('RegisterClusterPage', () => {
  it('offers the contexts of a pasted kubeconfig, preselecting the current one', async () => {
    installFakeApi(registrationRoutes());
    const { user } = renderApp('/clusters/new');

    await user.click(await screen.findByTestId('kubeconfig-input'));
    await user.paste(kubeconfig);

    const select = screen.getByTestId('context-select');
    expect(within(select).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['prod-admin', 'prod-reader']);
    expect(select).toHaveValue('prod-reader');
    expect(await screen.findByTestId('reader-role')).toHaveTextContent('kind: ClusterRole');
  });

  it('puts the field errors of a 400 problem next to their fields, kubeconfig paths under the kubeconfig', async () => {
    const api = installFakeApi({
      ...registrationRoutes(),
      'POST /api/v1/clusters': () =>
        json(
          400,
          {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'The cluster could not be registered.',
            errors: [
              { field: 'name', message: 'A cluster named prod-eu-1 already exists.' },
              { field: 'users[0].user.exec', message: 'Kubeconfigs that run commands are refused.' },
            ],
          },
          { 'Content-Type': 'application/problem+json' },
        ),
    });
    const { user } = renderApp('/clusters/new');

    await user.type(await screen.findByLabelText(/^Name/), 'prod-eu-1');
    await user.selectOptions(screen.getByLabelText('Environment'), 'staging');
    await user.click(screen.getByTestId('kubeconfig-input'));
    await user.paste(kubeconfig);
    await user.selectOptions(screen.getByTestId('context-select'), 'prod-admin');
    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByTestId('register-error')).toHaveTextContent('The cluster could not be registered.');
    expect(screen.getByTestId('name-error')).toHaveTextContent('A cluster named prod-eu-1 already exists.');
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    const kubeconfigError = screen.getByTestId('kubeconfig-error');
    expect(kubeconfigError).toHaveTextContent('users[0].user.exec');
    expect(kubeconfigError).toHaveTextContent('Kubeconfigs that run commands are refused.');
    expect(screen.getByTestId('kubeconfig-input')).toHaveAttribute('aria-describedby', expect.stringContaining('kubeconfig-error'));
    expect(currentPath()).toBe('/clusters/new');

    const [request] = api.requestsTo('POST', '/api/v1/clusters');
    expect(JSON.parse(request.body!)).toMatchObject({
      name: 'prod-eu-1',
      environment: 'staging',
      kubeconfig,
      context: 'prod-admin',
    });
    expect(JSON.parse(request.body!)).not.toHaveProperty('token');
  });

  it('sends server, CA and token instead when chosen, and opens the new cluster', async () => {
    const api = installFakeApi({
      ...registrationRoutes(),
      'POST /api/v1/clusters': () => json(201, cluster({ id: 'c-new', name: 'edge-1' })),
      'GET /api/v1/clusters/c-new': () => json(200, cluster({ id: 'c-new', name: 'edge-1', health: 'NEW' })),
      'GET /api/v1/clusters/c-new/scans': () => json(200, []),
    });
    const { user } = renderApp('/clusters/new');

    await user.type(await screen.findByLabelText(/^Name/), 'edge-1');
    await user.click(screen.getByLabelText('Server URL and token'));
    await user.type(screen.getByTestId('server-input'), 'https://10.0.0.1:6443');
    await user.type(screen.getByTestId('token-input'), 'sa-token');
    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByRole('heading', { level: 1, name: 'edge-1' })).toBeInTheDocument();
    expect(currentPath()).toBe('/clusters/c-new');
    const body = JSON.parse(api.requestsTo('POST', '/api/v1/clusters')[0].body!);
    expect(body).toMatchObject({ name: 'edge-1', server: 'https://10.0.0.1:6443', token: 'sa-token' });
    expect(body).not.toHaveProperty('kubeconfig');
  });

  it('shows the connection report with the missing permissions highlighted', async () => {
    const api = installFakeApi({
      ...registrationRoutes(),
      'POST /api/v1/clusters/connection-test': () => json(200, connectionReport()),
    });
    const { user } = renderApp('/clusters/new');

    await user.click(await screen.findByTestId('kubeconfig-input'));
    await user.paste(kubeconfig);
    await user.click(screen.getByTestId('test-connection'));

    const report = await screen.findByTestId('connection-report');
    expect(report).toHaveTextContent('Reachable');
    expect(report).toHaveTextContent('v1.31.2');
    const missing = within(report).getByTestId('missing-permissions');
    expect(missing).toHaveAttribute('role', 'alert');
    expect(missing).toHaveTextContent('clusterrolebindings.rbac.authorization.k8s.io');
    expect(within(report).getByTestId('permission-denied')).toHaveTextContent('denied');
    expect(within(report).getByTestId('permission-allowed')).toHaveTextContent('allowed');
    expect(JSON.parse(api.requestsTo('POST', '/api/v1/clusters/connection-test')[0].body!)).toEqual({
      kubeconfig,
      context: 'prod-reader',
    });
    expect(api.requestsTo('POST', '/api/v1/clusters')).toHaveLength(0);
  });

  it('says when the cluster cannot be reached', async () => {
    installFakeApi({
      ...registrationRoutes(),
      'POST /api/v1/clusters/connection-test': () =>
        json(200, connectionReport({ reachable: false, serverVersion: null, error: 'connect timed out', permissions: [], missing: [] })),
    });
    const { user } = renderApp('/clusters/new');

    await user.click(await screen.findByTestId('test-connection'));

    expect(await screen.findByTestId('connection-report')).toHaveTextContent('Not reachable: connect timed out');
  });

  it('is not offered to viewers', async () => {
    installFakeApi({ ...registrationRoutes(), 'GET /api/v1/me': backend.signedIn(viewer) });
    renderApp('/clusters/new');

    expect(await screen.findByText('Only admins can register clusters.')).toBeInTheDocument();
    expect(screen.queryByTestId('kubeconfig-input')).not.toBeInTheDocument();
  });
});
