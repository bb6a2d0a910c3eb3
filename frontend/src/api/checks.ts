import { useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import type { Area, Severity } from './findings';

export interface Check {
  id: string;
  title: string;
  area: Area;
  severity: Severity;
  requirement: string;
  rationale: string;
  /** Markdown, usually with a YAML code block. */
  remediation: string;
  references: string[];
  /** The same check in other tools, e.g. `{ polaris: "cpuRequestsMissing" }`. */
  peers: Record<string, string>;
  /** Open findings fleet-wide. */
  failing: number;
  /** Objects that pass, fleet-wide. */
  passing: number;
}

export const fetchChecks = () => apiFetch<Check[]>('/api/v1/checks');

export const checkKeys = {
  all: ['checks'] as const,
  list: () => [...checkKeys.all, 'list'] as const,
};

export function useChecks() {
  return useQuery({ queryKey: checkKeys.list(), queryFn: fetchChecks, staleTime: 60_000 });
}
