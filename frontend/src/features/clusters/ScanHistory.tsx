import type { ScanRun } from '../../api/clusters';
import { Badge, CoverageBadge, OutcomeBadge } from '../../components/Badge';
import table from '../../components/Table.module.css';
import { Time } from '../../components/Time';
import styles from './Clusters.module.css';

function duration(scan: ScanRun): string {
  if (!scan.finishedAt) return '—';
  const seconds = Math.round((new Date(scan.finishedAt).getTime() - new Date(scan.startedAt).getTime()) / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** Kinds that were not read completely, and why: the checks that needed them said UNKNOWN. */
function CoverageGaps({ scan }: { scan: ScanRun }) {
  const gaps = Object.entries(scan.coverage ?? {}).filter(([, c]) => c.state !== 'COMPLETE');
  if (gaps.length === 0) {
    return scan.outcome === 'RUNNING' ? null : <span className={table.muted}>All kinds read</span>;
  }
  return (
    <ul className={styles.coverage} data-testid="coverage-gaps">
      {gaps.map(([kind, coverage]) => (
        <li key={kind}>
          {kind} <CoverageBadge state={coverage.state} />
          {coverage.reason ? ` ${coverage.reason}` : ''}
        </li>
      ))}
    </ul>
  );
}

function Results({ scan }: { scan: ScanRun }) {
  const c = scan.counts;
  if (!c) return <span className={table.muted}>—</span>;
  return (
    <span className={styles.warnings}>
      {c.fail !== undefined && <Badge tone="bad">{c.fail} fail</Badge>}
      {c.unknown !== undefined && c.unknown > 0 && <Badge tone="unknown">{c.unknown} unknown</Badge>}
      {c.pass !== undefined && <Badge tone="good">{c.pass} pass</Badge>}
      <span className={table.muted}>
        {c.opened} opened, {c.resolved} resolved, {c.reopened} reopened
      </span>
    </span>
  );
}

export function ScanHistory({ scans }: { scans: ScanRun[] }) {
  return (
    <div className={table.wrapper}>
      <table className={table.table}>
        <caption className="visually-hidden">Recent scans</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Trigger</th>
            <th scope="col">Outcome</th>
            <th scope="col">Took</th>
            <th scope="col">Kinds read</th>
            <th scope="col">Results</th>
            <th scope="col">Coverage</th>
          </tr>
        </thead>
        <tbody>
          {scans.map((scan) => (
            <tr key={scan.id} data-testid="scan-row">
              <td className={table.nowrap}>
                <Time value={scan.startedAt} />
              </td>
              <td>{scan.trigger}</td>
              <td>
                <OutcomeBadge outcome={scan.outcome} />
                {scan.error && <div className={table.muted}>{scan.error}</div>}
              </td>
              <td>{duration(scan)}</td>
              <td>
                {scan.kindsDone} / {scan.kindsTotal}
              </td>
              <td>
                <Results scan={scan} />
              </td>
              <td>
                <CoverageGaps scan={scan} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
