import { useQuery } from '@tanstack/react-query';
import { apiFetch, queryString } from './client';
import type { ClusterHealth } from './clusters';
import type { Area, Severity } from './findings';

/** Letter grade A..F; null when nothing has been judged yet (N/A, never 100). */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface Score {
  score: number | null;
  grade: Grade | null;
}

export interface ClusterScore extends Score {
  clusterId: string;
  name: string;
  environment: string;
  health: ClusterHealth;
  areas: Partial<Record<Area, Score>>;
}

export interface FleetSummary {
  clusters: number;
  openBySeverity: Record<Severity, number>;
  clusterScores: ClusterScore[];
}

export interface TrendDay {
  day: string;
  open: number;
  opened: number;
  resolved: number;
  meanTimeToFixHours: number | null;
  score: number | null;
}

export interface Trends {
  days: TrendDay[];
}

export interface TrendRange {
  /** Omitted for the whole fleet. */
  cluster?: string;
  from: string;
  to: string;
}

export const fetchFleetSummary = () => apiFetch<FleetSummary>('/api/v1/fleet/summary');
export const fetchTrends = (range: TrendRange) => apiFetch<Trends>(`/api/v1/fleet/trend${queryString({ ...range })}`);

export const fleetKeys = {
  summary: () => ['fleet', 'summary'] as const,
  trends: (range: TrendRange) => ['trends', range] as const,
};

export function useFleetSummary() {
  return useQuery({ queryKey: fleetKeys.summary(), queryFn: fetchFleetSummary });
}

export function useTrends(range: TrendRange) {
  return useQuery({ queryKey: fleetKeys.trends(range), queryFn: () => fetchTrends(range) });
}

function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The last `days` calendar days, today included, as the trends endpoint expects them. */
export function lastDays(days: number, today: Date = new Date()): { from: string; to: string } {
  const from = new Date(today);
  from.setDate(from.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(today) };
}
