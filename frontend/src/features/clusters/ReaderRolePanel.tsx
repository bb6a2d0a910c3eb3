import { useReaderRole } from '../../api/clusters';
import { CodeBlock } from '../../components/CodeBlock';
import { ErrorNotice, Loading } from '../../components/QueryState';

/** The read-only ClusterRole to apply in the cluster before Fleetward can scan it. */
export function ReaderRolePanel() {
  const role = useReaderRole();
  if (role.isPending) return <Loading what="the reader role" />;
  if (role.isError) return <ErrorNotice error={role.error} onRetry={() => void role.refetch()} />;
  return <CodeBlock code={role.data} language="yaml" testId="reader-role" />;
}
