import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, backend, deferred, installFakeApi, json, viewer } from '../../test/fakeApi';
import { emptyFleetRoutes } from '../../test/fixtures';
import { currentPath, renderApp, signInWith } from '../../test/renderApp';

describe('LoginPage', () => {
  it('signs in and opens the fleet overview showing who is signed in', async () => {
    const api = installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedOut(),
      'POST /auth/login': backend.signInSucceeds(viewer),
    });
    const { user } = renderApp('/login');

    await signInWith(user, 'vera', 's3cret pass');

    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(screen.getByTestId('current-user')).toHaveTextContent('vera');
    expect(screen.getByTestId('current-user')).toHaveTextContent('Viewer');
    expect(screen.getByTestId('page-title')).toHaveTextContent('Fleet');
    expect(currentPath()).toBe('/fleet');

    const [login] = api.requestsTo('POST', '/auth/login');
    expect(login.headers.get('Content-Type')).toContain('application/x-www-form-urlencoded');
    expect(new URLSearchParams(login.body)).toEqual(new URLSearchParams({ username: 'vera', password: 's3cret pass' }));
    expect(login.credentials).toBe('same-origin');
  });

  it('sends the CSRF token from the cookie with the sign-in request', async () => {
    const api = installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedOut('token-from-cookie'),
      'POST /auth/login': backend.signInSucceeds(),
    });
    const { user } = renderApp('/login');

    await signInWith(user, 'admin', 'pw');
    await screen.findByTestId('app-shell');

    expect(api.requestsTo('POST', '/auth/login')[0].headers.get('X-XSRF-TOKEN')).toBe('token-from-cookie');
  });

  it('shows the detail the server gives for a wrong password and clears the password', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedOut(),
      'POST /auth/login': backend.wrongPassword(),
    });
    const { user } = renderApp('/login');

    await signInWith(user, 'admin', 'wrong');

    const error = await screen.findByTestId('login-error');
    expect(error).toHaveTextContent('Wrong username or password.');
    expect(error).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('login-password')).toHaveValue('');
    expect(screen.getByTestId('login-password')).toHaveFocus();
    expect(screen.getByTestId('login-username')).toHaveValue('admin');
    expect(screen.queryByTestId('app-shell')).not.toBeInTheDocument();
    expect(currentPath()).toBe('/login');
  });

  it('shows the throttling message when there were too many failed sign-ins', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedOut(),
      'POST /auth/login': backend.tooManySignIns(),
    });
    const { user } = renderApp('/login');

    await signInWith(user, 'admin', 'guess');

    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Too many failed sign-ins. Try again in 4 minutes.',
    );
    expect(screen.queryByTestId('app-shell')).not.toBeInTheDocument();
  });

  it('disables the button while signing in', async () => {
    const answer = deferred<Response>();
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedOut(),
      'POST /auth/login': () => answer.promise,
    });
    const { user } = renderApp('/login');

    await signInWith(user, 'admin', 'pw');

    const button = screen.getByTestId('login-submit');
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveTextContent('Signing in');

    answer.resolve(json(200, admin));
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
  });

  it('returns to the page the user first asked for', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedOut(),
      'POST /auth/login': backend.signInSucceeds(),
    });
    const { user } = renderApp('/findings');

    await signInWith(user, 'admin', 'pw');

    expect(await screen.findByTestId('page-title')).toHaveTextContent('Findings');
    expect(currentPath()).toBe('/findings');
  });

  it('labels both fields so they can be found by name', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedOut() });
    renderApp('/login');

    expect(await screen.findByLabelText('Username')).toHaveAttribute('data-testid', 'login-username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(screen.getByText('Fleetward')).toBeInTheDocument();
  });

  it('sends a signed-in user straight on to the fleet overview', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedIn() });
    renderApp('/login');

    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(currentPath()).toBe('/fleet');
  });
});
