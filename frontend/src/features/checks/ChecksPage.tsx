import { useChecks, type Check } from '../../api/checks';
import { AREAS, SEVERITIES } from '../../api/findings';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { AREA_LABELS } from '../fleet/ClusterScoresTable';
import { CheckItem } from './CheckItem';
import styles from './Checks.module.css';

const bySeverity = (a: Check, b: Check) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.title.localeCompare(b.title);

export function ChecksPage() {
  const checks = useChecks();

  return (
    <Page title="Checks" summary="What Fleetward judges in each cluster, and why it matters in production.">
      {checks.isPending && <Loading what="checks" />}
      {checks.isError && <ErrorNotice error={checks.error} onRetry={() => void checks.refetch()} />}
      {checks.isSuccess && checks.data.length === 0 && <EmptyState message="No checks to show yet." />}
      {checks.isSuccess &&
        AREAS.map((area) => {
          const inArea = checks.data.filter((c) => c.area === area).sort(bySeverity);
          if (inArea.length === 0) return null;
          return (
            <section key={area} className={styles.area} aria-labelledby={`area-${area}`}>
              <h2 id={`area-${area}`}>
                {AREA_LABELS[area]} <span style={{ fontWeight: 400 }}>({inArea.length})</span>
              </h2>
              <ul className={styles.list}>
                {inArea.map((check) => (
                  <CheckItem key={check.id} check={check} />
                ))}
              </ul>
            </section>
          );
        })}
    </Page>
  );
}
