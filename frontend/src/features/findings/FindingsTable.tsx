import { Link } from 'react-router-dom';
import type { FindingSort, FindingView } from '../../api/findings';
import { SeverityBadge, StatusBadge } from '../../components/Badge';
import table from '../../components/Table.module.css';
import { Time } from '../../components/Time';
import styles from './Findings.module.css';

interface FindingsTableProps {
  findings: FindingView[];
  sort: FindingSort;
  onSort: (sort: FindingSort) => void;
}

function SortHeader({ label, by, sort, onSort }: { label: string; by: FindingSort; sort: FindingSort; onSort: (s: FindingSort) => void }) {
  const active = sort === by;
  return (
    <th scope="col" aria-sort={active ? (by === 'severity' ? 'descending' : 'ascending') : undefined}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(by)} data-testid={`sort-${by}`}>
        {label}
        {active ? ' ▾' : ''}
        {!active && <span className="visually-hidden"> (sort by {label.toLowerCase()})</span>}
      </button>
    </th>
  );
}

export function FindingsTable({ findings, sort, onSort }: FindingsTableProps) {
  return (
    <div className={table.wrapper}>
      <table className={table.table}>
        <caption className="visually-hidden">Findings</caption>
        <thead>
          <tr>
            <SortHeader label="Severity" by="severity" sort={sort} onSort={onSort} />
            <th scope="col">Check</th>
            <th scope="col">Object</th>
            <th scope="col">Cluster</th>
            <SortHeader label="First seen" by="age" sort={sort} onSort={onSort} />
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => (
            <tr key={finding.id} data-testid="finding-row">
              <td>
                <SeverityBadge severity={finding.severity} />
              </td>
              <td>
                <Link to={`/findings/${encodeURIComponent(finding.id)}`}>{finding.checkTitle}</Link>
              </td>
              <td>
                <span className={styles.object}>
                  <span className={styles.objectName}>
                    {finding.kind} {finding.namespace ? `${finding.namespace}/` : ''}
                    {finding.name}
                  </span>
                  {finding.detail && <span className={table.muted}>{finding.detail}</span>}
                </span>
              </td>
              <td>
                <Link to={`/clusters/${encodeURIComponent(finding.clusterId)}`}>{finding.clusterName}</Link>
              </td>
              <td className={table.nowrap}>
                <Time value={finding.firstSeenAt} relativeToNow />
              </td>
              <td>
                <StatusBadge status={finding.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
