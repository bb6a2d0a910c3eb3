import { useSearchParams } from 'react-router-dom';
import {
  AREAS,
  FINDING_STATUSES,
  SEVERITIES,
  type Area,
  type FindingFilters,
  type FindingSort,
  type FindingStatus,
  type Severity,
} from '../../api/findings';

/** In the address, `status=ALL` means any status; no status at all means the default, OPEN. */
export const ANY_STATUS = 'ALL';
export const DEFAULT_STATUS: FindingStatus = 'OPEN';

export type FilterName = 'cluster' | 'environment' | 'area' | 'severity' | 'status' | 'check' | 'namespace' | 'q' | 'sort';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

const text = (value: string | null) => value?.trim() || undefined;

/** The filters a findings address asks for; unknown values are ignored rather than sent on. */
export function filtersFromSearch(search: URLSearchParams): FindingFilters {
  const status = search.get('status');
  const filters: FindingFilters = {
    cluster: text(search.get('cluster')),
    environment: text(search.get('environment')),
    area: oneOf<Area>(search.get('area'), AREAS),
    severity: oneOf<Severity>(search.get('severity'), SEVERITIES),
    status: status === ANY_STATUS ? undefined : (oneOf<FindingStatus>(status, FINDING_STATUSES) ?? DEFAULT_STATUS),
    check: text(search.get('check')),
    namespace: text(search.get('namespace')),
    q: text(search.get('q')),
    sort: oneOf<FindingSort>(search.get('sort'), ['severity', 'age']),
  };
  // Drop unset filters so equal filters make equal query keys.
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as FindingFilters;
}

/** Filters kept in the address so a filtered list is a link to share. */
export function useFindingFilters() {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);

  function setFilter(name: FilterName, value: string) {
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  return { filters, statusParam: search.get('status') ?? DEFAULT_STATUS, setFilter };
}
