import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiFetch } from '../api/client';
import { createQueryClient } from '../api/queryClient';
import { backend, installFakeApi, json } from '../test/fakeApi';
import { emptyFleetRoutes } from '../test/fixtures';
import { currentPath, renderApp, signInWith } from '../test/renderApp';

describe('RequireSession', () => {
  it('shows the sign-in page when /api/v1/me answers 401', async () => {
    installFakeApi({ 'GET /api/v1/me': backend.signedOut() });
    renderApp('/clusters');

    expect(await screen.findByTestId('login-username')).toBeInTheDocument();
    expect(screen.getByTestId('login-password')).toBeInTheDocument();
    expect(screen.queryByTestId('app-shell')).not.toBeInTheDocument();
    expect(screen.queryByText(/session has expired/)).not.toBeInTheDocument();
    expect(currentPath()).toBe('/login');
  });

  it('goes to the sign-in page when an API call answers 401 while signed in', async () => {
    const api = installFakeApi({
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/clusters': backend.sessionExpired(),
    });
    // The clusters page asks for the clusters itself; that request meets the expired session.
    const { queryClient } = renderApp('/clusters');

    expect(await screen.findByTestId('login-username')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your session has expired. Sign in again to continue.');
    expect(screen.queryByTestId('app-shell')).not.toBeInTheDocument();
    expect(queryClient.getQueryData(['clusters', 'list'])).toBeUndefined();
    // A 401 is never retried; the page may ask once more as its cache is dropped, just before it goes.
    expect(api.requestsTo('GET', '/api/v1/clusters').length).toBeLessThanOrEqual(2);
  });

  it('signs out on a 401 from any request, not only from the page being shown', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/things': backend.sessionExpired(),
    });
    const { queryClient } = renderApp('/checks');
    await screen.findByTestId('app-shell');

    await act(async () => {
      await queryClient
        .fetchQuery({ queryKey: ['things'], queryFn: () => apiFetch('/api/v1/things') })
        .catch(() => undefined);
    });

    expect(await screen.findByTestId('login-username')).toBeInTheDocument();
    expect(queryClient.getQueryData(['things'])).toBeUndefined();
  });

  it('returns to the page the user was on after signing in again', async () => {
    let expired = true;
    installFakeApi({
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/clusters': (request) => (expired ? backend.sessionExpired()(request) : json(200, [])),
      'POST /auth/login': (request) => {
        expired = false;
        return backend.signInSucceeds()(request);
      },
    });
    const { user } = renderApp('/clusters');
    await screen.findByTestId('login-username');

    await signInWith(user, 'admin', 'pw');

    expect(await screen.findByTestId('page-title')).toHaveTextContent('Clusters');
    expect(currentPath()).toBe('/clusters');
  });

  it('offers to try again when the server cannot be reached', async () => {
    let reachable = false;
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': () => (reachable ? json(200, { username: 'admin', role: 'ADMIN' }) : json(503, {})),
    });
    // The real client retries a 503 twice with back-off; one answer is enough here.
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ queries: { retry: false } });
    const { user } = renderApp('/fleet', queryClient);

    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered 503.');

    reachable = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
  });
});
