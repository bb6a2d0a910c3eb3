import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, json } from '../../test/fakeApi';
import { clusterScore, emptyFleetRoutes, fleetSummary, trendDays } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

describe('FleetPage', () => {
  it('shows the open findings per severity and each cluster with its grades', async () => {
    const api = installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/fleet/summary': () => json(200, fleetSummary()),
      'GET /api/v1/fleet/trend': () => json(200, { days: trendDays() }),
    });
    renderApp('/fleet');

    const summary = await screen.findByTestId('fleet-summary');
    expect(within(summary).getByTestId('open-critical')).toHaveTextContent('1');
    expect(within(summary).getByTestId('open-medium')).toHaveTextContent('7');
    expect(within(summary).getByRole('link', { name: '4' })).toHaveAttribute('href', '/findings?severity=high');

    const [row] = screen.getAllByTestId('cluster-row');
    expect(row).toHaveAttribute('data-cluster-name', 'prod-eu-1');
    expect(within(row).getByTestId('overall-grade')).toHaveTextContent('B');
    expect(within(row).getByTestId('grade-STORAGE')).toHaveTextContent('—');
    expect(within(row).getByTestId('grade-STORAGE')).not.toHaveTextContent('100');

    expect(await screen.findByTestId('trend-chart')).toHaveTextContent('Fleet: open findings and score');
    const trends = api.requestsTo('GET', '/api/v1/fleet/trend')[0];
    expect(trends.query.get('cluster')).toBeNull();
    expect(trends.query.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows "—", never 100, for a cluster with nothing judged yet', async () => {
    installFakeApi({
      ...emptyFleetRoutes(),
      'GET /api/v1/me': backend.signedIn(),
      'GET /api/v1/fleet/summary': () =>
        json(
          200,
          fleetSummary({
            clusterScores: [
              clusterScore({
                name: 'fresh',
                health: 'NEW',
                score: null,
                grade: null,
                areas: { HA: { score: null, grade: null }, SECURITY: { score: null, grade: null } },
              }),
            ],
          }),
        ),
    });
    renderApp('/fleet');

    const row = await screen.findByTestId('cluster-row');
    expect(within(row).getByTestId('overall-grade')).toHaveTextContent(/^—/);
    for (const area of ['HA', 'NETWORKING', 'STORAGE', 'SECURITY']) {
      expect(within(row).getByTestId(`grade-${area}`)).toHaveTextContent(/^—/);
    }
    expect(row).not.toHaveTextContent('100');
  });

  it('explains how to get a first cluster when there is none', async () => {
    installFakeApi({ ...emptyFleetRoutes(), 'GET /api/v1/me': backend.signedIn() });
    renderApp('/fleet');

    await screen.findByText('No clusters registered yet.');
    const empty = screen.getByRole('status');
    expect(empty).toHaveTextContent('about a minute');
    expect(within(empty).getByRole('link', { name: 'Register a cluster' })).toHaveAttribute('href', '/clusters');
    expect(screen.queryByTestId('fleet-summary')).not.toBeInTheDocument();
  });
});
