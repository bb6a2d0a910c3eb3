import type { ConnectionReport } from '../../api/clusters';
import { Badge } from '../../components/Badge';
import table from '../../components/Table.module.css';
import styles from './Clusters.module.css';

/** What the connection test found: reachable or not, and which kinds the credentials may list. */
export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const denied = report.permissions.filter((p) => !p.allowed);
  return (
    <section className={styles.section} data-testid="connection-report" aria-labelledby="connection-report-title">
      <h3 id="connection-report-title">Connection test</h3>
      {report.reachable ? (
        <p role="status" style={{ margin: 0 }}>
          <Badge tone="good">Reachable</Badge> Kubernetes {report.serverVersion ?? 'version unknown'}
        </p>
      ) : (
        <p className={styles.alert} role="alert">
          Not reachable{report.error ? `: ${report.error}` : '.'}
        </p>
      )}
      {report.missing.length > 0 ? (
        <div className={styles.notice} role="alert" data-testid="missing-permissions">
          <strong>Missing read permissions.</strong> Fleetward cannot list these, so the checks that need them will say
          UNKNOWN. Apply the reader role below, then test again.
          <ul className={styles.coverage}>
            {report.missing.map((resource) => (
              <li key={resource}>
                <code>{resource}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        report.reachable && <p style={{ margin: 0 }}>Every kind Fleetward reads is allowed.</p>
      )}
      {report.permissions.length > 0 && (
        <details open={denied.length > 0}>
          <summary>
            Permissions ({report.permissions.length - denied.length} allowed, {denied.length} denied)
          </summary>
          <div className={table.wrapper}>
            <table className={table.table}>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Resource</th>
                  <th scope="col">List</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.permissions.map((p) => (
                  <tr key={`${p.group}/${p.resource}`} data-testid={p.allowed ? 'permission-allowed' : 'permission-denied'}>
                    <td>{p.kind}</td>
                    <td>
                      <code>{p.group ? `${p.resource}.${p.group}` : p.resource}</code>
                    </td>
                    <td>{p.allowed ? <Badge tone="good">allowed</Badge> : <Badge tone="bad">denied</Badge>}</td>
                    <td className={table.muted}>{p.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
