import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, json } from '../../test/fakeApi';
import { emptyFleetRoutes, findingDetail } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

describe('FindingDetailPage', () => {
  it('shows message, evidence, history and ticket of a finding', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/findings/f-1': () =>
        json(
          200,
          findingDetail({
            events: [
              { type: 'OPENED', at: '2025-05-20T08:00:00Z', reason: null },
              { type: 'RESOLVED', at: '2025-05-22T08:00:00Z', reason: 'object now passes' },
              { type: 'REOPENED', at: '2025-05-25T08:00:00Z', reason: null },
            ],
            ticket: { system: 'jira', key: 'OPS-42', url: 'https://jira.example/browse/OPS-42', status: 'In progress' },
          }),
        ),
    });
    renderApp('/findings/f-1');

    const detail = await screen.findByTestId('finding-detail');
    expect(within(detail).getByTestId('finding-message')).toHaveTextContent('checkout runs 1 replica.');
    expect(detail).toHaveTextContent('replicas');
    expect(detail).toHaveTextContent('["eu-1a"]');
    const events = within(detail).getAllByRole('listitem').filter((li) => li.closest('[data-testid="finding-events"]'));
    expect(events.map((e) => e.textContent)).toEqual([
      expect.stringContaining('Opened'),
      expect.stringContaining('object now passes'),
      expect.stringContaining('Reopened'),
    ]);
    expect(within(detail).getByRole('link', { name: 'jira OPS-42' })).toHaveAttribute('href', 'https://jira.example/browse/OPS-42');
  });

  it('renders remediation markdown as text and code, never as HTML', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/findings/f-1': () =>
        json(
          200,
          findingDetail({
            remediation:
              'Add replicas <img src=x onerror="alert(1)"> and `spec.replicas`.\n\n```yaml\nspec:\n  replicas: 2 # <script>alert(2)</script>\n```',
            references: ['javascript:alert(3)', 'https://kubernetes.io/docs/'],
          }),
        ),
    });
    renderApp('/findings/f-1');

    const remediation = await screen.findByTestId('finding-remediation');
    expect(remediation.querySelector('img, script')).toBeNull();
    expect(remediation).toHaveTextContent('Add replicas <img src=x onerror="alert(1)"> and spec.replicas.');
    expect(within(remediation).getByText('spec.replicas').tagName).toBe('CODE');
    const code = remediation.querySelector('pre code');
    expect(code?.textContent).toBe('spec:\n  replicas: 2 # <script>alert(2)</script>');
    expect(within(remediation).getByRole('button', { name: 'Copy YAML' })).toBeInTheDocument();

    expect(screen.queryByRole('link', { name: 'javascript:alert(3)' })).not.toBeInTheDocument();
    expect(screen.getByText('javascript:alert(3)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://kubernetes.io/docs/' })).toBeInTheDocument();
  });

  it('copies the remediation YAML', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/findings/f-1': () => json(200, findingDetail()),
    });
    const { user } = renderApp('/findings/f-1');

    await user.click(await screen.findByRole('button', { name: 'Copy YAML' }));

    expect(await navigator.clipboard.readText()).toBe('spec:\n  replicas: 2');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('says so when there is no such finding', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/findings/nope': () => json(404, { title: 'Not Found', status: 404, detail: 'No finding nope.' }),
    });
    renderApp('/findings/nope');

    expect(await screen.findByRole('heading', { level: 1, name: 'Finding not found' })).toBeInTheDocument();
  });
});
