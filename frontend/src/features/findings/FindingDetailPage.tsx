import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useFinding, type FindingDetail } from '../../api/findings';
import { SeverityBadge, StatusBadge } from '../../components/Badge';
import { EmptyState } from '../../components/EmptyState';
import { ExternalLink } from '../../components/ExternalLink';
import { Markdown } from '../../components/Markdown';
import { Page } from '../../components/Page';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { Time } from '../../components/Time';
import { AREA_LABELS } from '../fleet/ClusterScoresTable';
import styles from './Findings.module.css';

export function FindingDetailPage() {
  const { id = '' } = useParams();
  const finding = useFinding(id);

  if (finding.isPending) {
    return (
      <Page title="Finding">
        <Loading what="the finding" />
      </Page>
    );
  }
  if (finding.isError) {
    const missing = finding.error instanceof ApiError && finding.error.status === 404;
    return (
      <Page title={missing ? 'Finding not found' : 'Finding'}>
        {missing ? (
          <EmptyState message="There is no such finding.">
            <p>
              <Link to="/findings">All findings</Link>
            </p>
          </EmptyState>
        ) : (
          <ErrorNotice error={finding.error} onRetry={() => void finding.refetch()} />
        )}
      </Page>
    );
  }
  return <FindingDetailView finding={finding.data} />;
}

function evidenceText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function FindingDetailView({ finding }: { finding: FindingDetail }) {
  const object = `${finding.kind} ${finding.namespace ? `${finding.namespace}/` : ''}${finding.name}`;
  const evidence = Object.entries(finding.evidence ?? {});
  return (
    <Page title={finding.checkTitle} summary={object}>
      <div className={styles.detail} data-testid="finding-detail">
        <p>
          <Link to="/findings">← All findings</Link>
        </p>
        <div className={styles.meta}>
          <SeverityBadge severity={finding.severity} />
          <StatusBadge status={finding.status} />
          <span>{AREA_LABELS[finding.area] ?? finding.area}</span>
          <span>·</span>
          <Link to={`/clusters/${encodeURIComponent(finding.clusterId)}`}>{finding.clusterName}</Link>
          <span>·</span>
          <code>{finding.checkId}</code>
          {finding.detail && (
            <>
              <span>·</span>
              <span>{finding.detail}</span>
            </>
          )}
        </div>

        <section className={styles.card} aria-labelledby="finding-message">
          <h2 id="finding-message">What was found</h2>
          <p data-testid="finding-message">{finding.message}</p>
          <p>
            First seen <Time value={finding.firstSeenAt} />, last seen <Time value={finding.lastSeenAt} />
            {finding.resolvedAt && (
              <>
                , resolved <Time value={finding.resolvedAt} />
                {finding.resolutionReason ? ` (${finding.resolutionReason})` : ''}
              </>
            )}
            .
          </p>
          {finding.ticket && (
            <p data-testid="finding-ticket">
              Ticket:{' '}
              <ExternalLink href={finding.ticket.url}>
                {finding.ticket.system} {finding.ticket.key}
              </ExternalLink>
              {finding.ticket.status ? ` (${finding.ticket.status})` : ''}
            </p>
          )}
        </section>

        {evidence.length > 0 && (
          <section className={styles.card} aria-labelledby="finding-evidence">
            <h2 id="finding-evidence">Evidence</h2>
            <dl className={styles.evidence}>
              {evidence.map(([key, value]) => (
                <div key={key} style={{ display: 'contents' }}>
                  <dt>{key}</dt>
                  <dd>
                    <code>{evidenceText(value)}</code>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        <section className={styles.card} aria-labelledby="finding-rationale">
          <h2 id="finding-rationale">Why it matters</h2>
          <Markdown source={finding.rationale} />
        </section>

        <section className={styles.card} aria-labelledby="finding-remediation">
          <h2 id="finding-remediation">How to fix it</h2>
          <Markdown source={finding.remediation} testId="finding-remediation" />
        </section>

        {finding.references?.length > 0 && (
          <section className={styles.card} aria-labelledby="finding-references">
            <h2 id="finding-references">References</h2>
            <ul>
              {finding.references.map((url) => (
                <li key={url}>
                  <ExternalLink href={url} />
                </li>
              ))}
            </ul>
          </section>
        )}

        <section className={styles.card} aria-labelledby="finding-history">
          <h2 id="finding-history">History</h2>
          {finding.events?.length ? (
            <ol className={styles.timeline} data-testid="finding-events">
              {finding.events.map((event, i) => (
                <li key={`${event.type}-${event.at}-${i}`}>
                  <strong>{event.type.charAt(0) + event.type.slice(1).toLowerCase()}</strong> <Time value={event.at} />
                  {event.reason && <div>{event.reason}</div>}
                </li>
              ))}
            </ol>
          ) : (
            <p>No events recorded.</p>
          )}
        </section>
      </div>
    </Page>
  );
}
