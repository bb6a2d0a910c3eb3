import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiFetch, queryString } from './client';

export type Area = 'HA' | 'NETWORKING' | 'STORAGE' | 'SECURITY';
export const AREAS: readonly Area[] = ['HA', 'NETWORKING', 'STORAGE', 'SECURITY'];

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export type FindingStatus = 'OPEN' | 'RESOLVED' | 'EXEMPTED' | 'RETIRED';
export const FINDING_STATUSES: readonly FindingStatus[] = ['OPEN', 'RESOLVED', 'EXEMPTED', 'RETIRED'];

export type FindingSort = 'severity' | 'age';

export interface TicketLink {
  system: string;
  key: string;
  url: string | null;
  status: string | null;
}

export interface FindingView {
  id: string;
  clusterId: string;
  clusterName: string;
  checkId: string;
  checkTitle: string;
  area: Area;
  severity: Severity;
  status: FindingStatus;
  kind: string;
  namespace: string | null;
  name: string;
  detail: string | null;
  message: string;
  firstSeenAt: string;
  lastSeenAt: string;
  resolvedAt: string | null;
  resolutionReason: string | null;
  ticket: TicketLink | null;
}

export type FindingEventType = 'OPENED' | 'RESOLVED' | 'REOPENED' | 'EXEMPTED' | 'UNEXEMPTED' | 'RETIRED';

export interface FindingEvent {
  type: FindingEventType;
  at: string;
  reason: string | null;
}

export interface FindingDetail extends FindingView {
  evidence: Record<string, unknown>;
  rationale: string;
  /** Markdown, usually with a YAML code block. */
  remediation: string;
  references: string[];
  events: FindingEvent[];
}

export interface FindingPage {
  items: FindingView[];
  nextCursor: string | null;
}

/** What the findings list is narrowed to; unset means "any". */
export interface FindingFilters {
  cluster?: string;
  environment?: string;
  area?: Area;
  severity?: Severity;
  status?: FindingStatus;
  check?: string;
  namespace?: string;
  q?: string;
  sort?: FindingSort;
}

export const FINDINGS_PAGE_SIZE = 50;

export function fetchFindings(filters: FindingFilters, cursor?: string) {
  return apiFetch<FindingPage>(
    `/api/v1/findings${queryString({ ...filters, cursor, limit: FINDINGS_PAGE_SIZE })}`,
  );
}

export const fetchFinding = (id: string) => apiFetch<FindingDetail>(`/api/v1/findings/${encodeURIComponent(id)}`);

export const findingKeys = {
  all: ['findings'] as const,
  list: (filters: FindingFilters) => [...findingKeys.all, 'list', filters] as const,
  detail: (id: string) => [...findingKeys.all, 'detail', id] as const,
};

/** Keyset-paged findings: each page brings the cursor to the next. */
export function useFindings(filters: FindingFilters) {
  return useInfiniteQuery({
    queryKey: findingKeys.list(filters),
    queryFn: ({ pageParam }) => fetchFindings(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useFinding(id: string) {
  return useQuery({ queryKey: findingKeys.detail(id), queryFn: () => fetchFinding(id) });
}
