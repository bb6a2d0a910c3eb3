import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, setCookie } from '../test/fakeApi';
import { emptyFleetRoutes } from '../test/fixtures';
import { currentPath, renderApp, signInWith } from '../test/renderApp';

describe('AppShell', () => {
  it('redirects / to the fleet overview', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedIn() });
    renderApp('/');

    expect(await screen.findByTestId('page-title')).toHaveTextContent('Fleet');
    expect(currentPath()).toBe('/fleet');
    // The title is set in an effect, just after the heading is drawn.
    await waitFor(() => expect(document.title).toBe('Fleet · Fleetward'));
  });

  it('shows the signed-in user and their role', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedIn({ username: 'olga', role: 'OPERATOR' }) });
    renderApp('/fleet');

    const currentUser = await screen.findByTestId('current-user');
    expect(currentUser).toHaveTextContent('olga');
    expect(currentUser).toHaveTextContent('Operator');
  });

  it('navigates to every page and shows its title and honest empty state', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedIn() });
    const { user } = renderApp('/fleet');
    await screen.findByTestId('app-shell');

    const pages = [
      { nav: 'nav-clusters', path: '/clusters', title: 'Clusters', empty: 'No clusters registered yet.' },
      { nav: 'nav-findings', path: '/findings', title: 'Findings', empty: 'No findings yet: findings appear after the first scan.' },
      { nav: 'nav-checks', path: '/checks', title: 'Checks', empty: 'No checks to show yet.' },
      { nav: 'nav-settings', path: '/settings', title: 'Settings', empty: 'No settings to change yet.' },
      { nav: 'nav-fleet', path: '/fleet', title: 'Fleet', empty: 'No clusters registered yet.' },
    ];
    for (const page of pages) {
      await user.click(screen.getByTestId(page.nav));

      expect(screen.getByTestId('page-title')).toHaveTextContent(page.title);
      expect(screen.getByRole('heading', { level: 1, name: page.title })).toBeInTheDocument();
      expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(page.empty);
      expect(screen.getByTestId(page.nav)).toHaveAttribute('aria-current', 'page');
      expect(currentPath()).toBe(page.path);
      expect(document.title).toBe(`${page.title} · Fleetward`);
    }
  });

  it('signs out with the current CSRF token and shows the sign-in page', async () => {
    const api = installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'POST /auth/logout': backend.signOutSucceeds(),
    });
    setCookie('XSRF-TOKEN', 'session-token');
    const { user } = renderApp('/clusters');

    await user.click(await screen.findByTestId('sign-out'));

    expect(await screen.findByTestId('login-username')).toBeInTheDocument();
    expect(screen.queryByTestId('app-shell')).not.toBeInTheDocument();
    expect(currentPath()).toBe('/login');
    const [logout] = api.requestsTo('POST', '/auth/logout');
    expect(logout.headers.get('X-XSRF-TOKEN')).toBe('session-token');
    expect(logout.credentials).toBe('same-origin');
    expect(screen.queryByText(/session has expired/)).not.toBeInTheDocument();
  });

  it('signs out with the token rotated at sign-in, not the one from before', async () => {
    const api = installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedOut('token-before'),
      'POST /auth/login': backend.signInSucceeds(undefined, 'token-after'),
      'POST /auth/logout': backend.signOutSucceeds(),
    });
    const { user } = renderApp('/login');

    await signInWith(user, 'admin', 'pw');
    await user.click(await screen.findByTestId('sign-out'));
    await screen.findByTestId('login-username');

    expect(api.requestsTo('POST', '/auth/login')[0].headers.get('X-XSRF-TOKEN')).toBe('token-before');
    expect(api.requestsTo('POST', '/auth/logout')[0].headers.get('X-XSRF-TOKEN')).toBe('token-after');
  });

  it('goes back to the fleet overview after signing out and in again', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'POST /auth/logout': backend.signOutSucceeds(),
      'POST /auth/login': backend.signInSucceeds(),
    });
    const { user } = renderApp('/settings');

    await user.click(await screen.findByTestId('sign-out'));
    await signInWith(user, 'admin', 'pw');

    expect(await screen.findByTestId('page-title')).toHaveTextContent('Fleet');
    expect(currentPath()).toBe('/fleet');
  });

  it('shows a not-found page inside the shell for an unknown address', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedIn() });
    renderApp('/no-such-page');

    expect(await screen.findByTestId('page-title')).toHaveTextContent('Page not found');
    expect(screen.getByTestId('app-shell')).toBeInTheDocument();
  });
});
