import { lastDays, useTrends } from '../../api/fleet';
import { ErrorNotice, Loading } from '../QueryState';
import { TrendChart } from './TrendChart';

const DAYS = 30;

/** The last 30 days of trends for one cluster, or the whole fleet. */
export function TrendPanel({ clusterId, caption }: { clusterId?: string; caption: string }) {
  const range = { ...lastDays(DAYS), ...(clusterId ? { cluster: clusterId } : {}) };
  const trends = useTrends(range);

  if (trends.isPending) return <Loading what="trends" />;
  if (trends.isError) return <ErrorNotice error={trends.error} onRetry={() => void trends.refetch()} />;
  return <TrendChart days={trends.data.days} caption={caption} />;
}
