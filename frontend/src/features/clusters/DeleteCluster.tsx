import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useDeleteCluster, type ClusterView } from '../../api/clusters';
import styles from './Clusters.module.css';

/** Deleting needs a second, explicit click that names what goes with the cluster. */
export function DeleteCluster({ cluster }: { cluster: ClusterView }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteCluster();
  const navigate = useNavigate();

  if (!confirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)} data-testid="delete-cluster">
        Delete…
      </button>
    );
  }
  return (
    <div className={styles.alert} role="alertdialog" aria-labelledby="delete-question">
      <p id="delete-question" style={{ margin: '0 0 var(--space-2)' }}>
        Delete <strong>{cluster.name}</strong>? Its credentials, scans, findings and history are removed. The cluster
        itself is not touched.
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(cluster.id, { onSuccess: () => navigate('/clusters') })}
          data-testid="confirm-delete"
          autoFocus
        >
          {remove.isPending ? 'Deleting…' : `Delete ${cluster.name}`}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
          Cancel
        </button>
        {remove.isError && <span role="alert">{errorMessage(remove.error)}</span>}
      </div>
    </div>
  );
}
