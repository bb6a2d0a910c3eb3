import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, json } from '../../test/fakeApi';
import { check, emptyFleetRoutes } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

describe('ChecksPage', () => {
  it('groups checks by area, most severe first, and expands one for its rationale and fix', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/checks': () =>
        json(200, [
          check({ id: 'sec.privileged', title: 'No privileged containers', area: 'SECURITY', severity: 'critical', failing: 0 }),
          check({ id: 'ha.pdb', title: 'Replicated workloads have a PDB', severity: 'medium' }),
          check(),
        ]),
    });
    const { user } = renderApp('/checks');

    const ha = await screen.findByRole('region', { name: /High availability/ });
    expect(within(ha).getAllByTestId('check-row').map((r) => r.dataset.checkId)).toEqual(['ha.replicas', 'ha.pdb']);
    const security = screen.getByRole('region', { name: /Security/ });
    expect(within(security).getByTestId('check-row')).toHaveTextContent('0 failing');

    const toggle = within(within(ha).getAllByTestId('check-row')[0]).getAllByRole('button')[0];
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('A single replica goes down with its node.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See its open findings' })).toHaveAttribute('href', '/findings?check=ha.replicas');
  });
});
