import { lazy, Suspense } from 'react';
import { lastDays, useTrends } from '../../api/fleet';
import { ErrorNotice, Loading } from '../QueryState';

// ECharts is most of the bundle; load it only where a chart is shown.
const TrendChart = lazy(() => import('./TrendChart').then((module) => ({ default: module.TrendChart })));

const DAYS = 30;

/** The last 30 days of trends for one cluster, or the whole fleet. */
export function TrendPanel({ clusterId, caption }: { clusterId?: string; caption: string }) {
  const range = { ...lastDays(DAYS), ...(clusterId ? { cluster: clusterId } : {}) };
  const trends = useTrends(range);

  if (trends.isPending) return <Loading what="trends" />;
  if (trends.isError) return <ErrorNotice error={trends.error} onRetry={() => void trends.refetch()} />;
  return (
    <Suspense fallback={<Loading what="the chart" />}>
      <TrendChart days={trends.data.days} caption={caption} />
    </Suspense>
  );
}
