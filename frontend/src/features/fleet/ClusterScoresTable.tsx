import { Link } from 'react-router-dom';
import { AREAS, type Area } from '../../api/findings';
import type { ClusterScore } from '../../api/fleet';
import { GradeBadge, HealthBadge } from '../../components/Badge';
import table from '../../components/Table.module.css';

export const AREA_LABELS: Record<Area, string> = {
  HA: 'High availability',
  NETWORKING: 'Networking',
  STORAGE: 'Storage',
  SECURITY: 'Security',
};

/** One row per cluster: overall grade and one per area; "—" where nothing was judged yet. */
export function ClusterScoresTable({ scores }: { scores: ClusterScore[] }) {
  return (
    <div className={table.wrapper}>
      <table className={table.table}>
        <caption className="visually-hidden">Grades per cluster and area</caption>
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col">Environment</th>
            <th scope="col">Health</th>
            <th scope="col" className={table.center}>
              Overall
            </th>
            {AREAS.map((area) => (
              <th key={area} scope="col" className={table.center}>
                {AREA_LABELS[area]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scores.map((cluster) => (
            <tr key={cluster.clusterId} data-testid="cluster-row" data-cluster-name={cluster.name}>
              <th scope="row">
                <Link to={`/clusters/${encodeURIComponent(cluster.clusterId)}`}>{cluster.name}</Link>
              </th>
              <td>{cluster.environment}</td>
              <td>
                <HealthBadge health={cluster.health} />
              </td>
              <td className={table.center} data-testid="overall-grade">
                <GradeBadge grade={cluster.grade} score={cluster.score} />
              </td>
              {AREAS.map((area) => (
                <td key={area} className={table.center} data-testid={`grade-${area}`}>
                  <GradeBadge grade={cluster.areas?.[area]?.grade ?? null} score={cluster.areas?.[area]?.score ?? null} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
