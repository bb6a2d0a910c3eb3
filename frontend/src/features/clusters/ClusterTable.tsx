import { Link } from 'react-router-dom';
import type { ClusterView } from '../../api/clusters';
import { HealthBadge } from '../../components/Badge';
import table from '../../components/Table.module.css';
import { Time } from '../../components/Time';
import { ClusterWarnings } from './ClusterWarnings';

export function ClusterTable({ clusters }: { clusters: ClusterView[] }) {
  return (
    <div className={table.wrapper}>
      <table className={table.table}>
        <caption className="visually-hidden">Registered clusters</caption>
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col">Environment</th>
            <th scope="col">Team</th>
            <th scope="col">Health</th>
            <th scope="col">Last scan</th>
            <th scope="col">Version</th>
            <th scope="col">Warnings</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((cluster) => (
            <tr key={cluster.id} data-testid="cluster-row" data-cluster-name={cluster.name}>
              <th scope="row">
                <Link to={`/clusters/${encodeURIComponent(cluster.id)}`}>{cluster.name}</Link>
              </th>
              <td>{cluster.environment}</td>
              <td>{cluster.team || <span className={table.muted}>—</span>}</td>
              <td>
                <HealthBadge health={cluster.health} />
              </td>
              <td className={table.nowrap}>
                <Time value={cluster.lastScanAt} relativeToNow fallback="Never" />
              </td>
              <td>{cluster.serverVersion ?? <span className={table.muted}>—</span>}</td>
              <td>
                <ClusterWarnings cluster={cluster} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
