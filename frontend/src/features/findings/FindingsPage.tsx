import { useFindings } from '../../api/findings';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { useFindingFilters } from './findingFilters';
import styles from './Findings.module.css';
import { FindingsFilterBar } from './FindingsFilterBar';
import { FindingsTable } from './FindingsTable';

export function FindingsPage() {
  const { filters, statusParam, setFilter } = useFindingFilters();
  const findings = useFindings(filters);
  const items = findings.data?.pages.flatMap((page) => page.items) ?? [];
  const narrowed = Object.keys(filters).some((k) => k !== 'status' && k !== 'sort');

  return (
    <Page title="Findings" summary="What the checks found, with its history from first seen to fixed.">
      <FindingsFilterBar filters={filters} statusParam={statusParam} setFilter={setFilter} />
      {findings.isPending && <Loading what="findings" />}
      {findings.isError && !findings.isFetchNextPageError && (
        <ErrorNotice error={findings.error} onRetry={() => void findings.refetch()} />
      )}
      {findings.isSuccess && items.length === 0 && (
        <EmptyState message={narrowed ? 'No findings match these filters.' : 'No findings yet: findings appear after the first scan.'}>
          {!narrowed && filters.status === 'OPEN' && <p>Or nothing is open: choose another status to see resolved findings.</p>}
        </EmptyState>
      )}
      {items.length > 0 && (
        <>
          <FindingsTable findings={items} sort={filters.sort ?? 'severity'} onSort={(sort) => setFilter('sort', sort)} />
          <div className={styles.footer}>
            <span role="status">
              {items.length} {items.length === 1 ? 'finding' : 'findings'} shown{findings.hasNextPage ? ', more to load' : ''}
            </span>
            {findings.hasNextPage && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void findings.fetchNextPage()}
                disabled={findings.isFetchingNextPage}
                data-testid="load-more"
              >
                {findings.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            )}
            {findings.isFetchNextPageError && <ErrorNotice error={findings.error} />}
          </div>
        </>
      )}
    </Page>
  );
}
