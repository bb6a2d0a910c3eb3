import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage, fieldErrors } from '../../api/client';
import { ENVIRONMENTS, useRegisterCluster, useTestConnection } from '../../api/clusters';
import { hasRole, useCurrentUser } from '../../api/session';
import { EmptyState } from '../../components/EmptyState';
import { Field, describedBy } from '../../components/Field';
import { Page } from '../../components/Page';
import styles from './Clusters.module.css';
import { ConnectionReportView } from './ConnectionReportView';
import { KubeconfigSource } from './KubeconfigSource';
import { ReaderRolePanel } from './ReaderRolePanel';
import { accessOf, emptyForm, registrationOf, sortFieldErrors, type RegistrationForm } from './registrationForm';
import { TokenSource } from './TokenSource';

export function RegisterClusterPage() {
  const canRegister = hasRole(useCurrentUser(), 'ADMIN');
  return (
    <Page title="Register cluster" summary="Connect a cluster with read-only credentials; Fleetward never changes it.">
      {canRegister ? (
        <RegisterClusterForm />
      ) : (
        <EmptyState message="Only admins can register clusters.">
          <p>
            <Link to="/clusters">Back to clusters</Link>
          </p>
        </EmptyState>
      )}
    </Page>
  );
}

function RegisterClusterForm() {
  const [form, setForm] = useState<RegistrationForm>(emptyForm);
  const register = useRegisterCluster();
  const connectionTest = useTestConnection();
  // The last refusal, from either button, so its field errors show next to the fields.
  const [refusal, setRefusal] = useState<unknown>();
  const navigate = useNavigate();

  const update = (change: Partial<RegistrationForm>) => setForm((current) => ({ ...current, ...change }));
  const errors = sortFieldErrors(fieldErrors(refusal), form.mode);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(undefined);
    register.mutate(registrationOf(form), {
      onSuccess: (cluster) => navigate(`/clusters/${encodeURIComponent(cluster.id)}`),
      onError: setRefusal,
    });
  }

  function testConnection() {
    setRefusal(undefined);
    connectionTest.mutate(accessOf(form), { onError: setRefusal });
  }

  return (
    <form onSubmit={submit} noValidate className={styles.twoColumns} aria-label="Register cluster">
      <div style={{ display: 'flex', flexDirection: 'column', gap: 'var(--space-4)' }}>
        <section className={styles.section} aria-labelledby="step-cluster">
          <h2 id="step-cluster">1. The cluster</h2>
          <Field id="name" label="Name" hint="Unique, e.g. prod-eu-1." error={errors.byField.name}>
            <input
              type="text"
              {...describedBy('name', errors.byField.name, true)}
              required
              value={form.name}
              onChange={(event) => update({ name: event.target.value })}
              data-testid="cluster-name-input"
            />
          </Field>
          <Field id="environment" label="Environment" error={errors.byField.environment}>
            <select
              {...describedBy('environment', errors.byField.environment)}
              value={form.environment}
              onChange={(event) => update({ environment: event.target.value })}
              data-testid="cluster-environment-select"
            >
              {ENVIRONMENTS.map((environment) => (
                <option key={environment} value={environment}>
                  {environment}
                </option>
              ))}
            </select>
          </Field>
          <Field id="team" label="Team (optional)" hint="Who owns it; digests and scopes follow it." error={errors.byField.team}>
            <input
              type="text"
              {...describedBy('team', errors.byField.team, true)}
              value={form.team}
              onChange={(event) => update({ team: event.target.value })}
              data-testid="cluster-team-input"
            />
          </Field>
          <Field
            id="scanIntervalSeconds"
            label="Scan every (minutes, optional)"
            hint="Leave empty for the default."
            error={errors.byField.scanIntervalSeconds}
          >
            <input
              type="number"
              min={1}
              {...describedBy('scanIntervalSeconds', errors.byField.scanIntervalSeconds, true)}
              value={form.scanIntervalMinutes}
              onChange={(event) => update({ scanIntervalMinutes: event.target.value })}
            />
          </Field>
        </section>

        <section className={styles.section} aria-labelledby="step-access">
          <h2 id="step-access">2. How to reach it</h2>
          <fieldset style={{ border: 0, margin: 0, padding: 0 }} className={styles.actions}>
            <legend className="visually-hidden">Credentials</legend>
            <label>
              <input type="radio" name="mode" checked={form.mode === 'kubeconfig'} onChange={() => update({ mode: 'kubeconfig' })} />{' '}
              Kubeconfig
            </label>
            <label>
              <input type="radio" name="mode" checked={form.mode === 'token'} onChange={() => update({ mode: 'token' })} />{' '}
              Server URL and token
            </label>
          </fieldset>
          {form.mode === 'kubeconfig' ? (
            <KubeconfigSource
              kubeconfig={form.kubeconfig}
              context={form.context}
              onChange={update}
              kubeconfigErrors={errors.kubeconfig}
              contextError={errors.byField.context}
            />
          ) : (
            <TokenSource
              server={form.server}
              certificateAuthority={form.certificateAuthority}
              token={form.token}
              onChange={update}
              errors={errors.byField}
              other={errors.other}
            />
          )}
          <label>
            <input
              type="checkbox"
              checked={form.insecureSkipTlsVerify}
              onChange={(event) => update({ insecureSkipTlsVerify: event.target.checked })}
            />{' '}
            Skip TLS verification (insecure; recorded as a finding against the cluster)
          </label>
          {errors.byField.insecureSkipTlsVerify && <p className={styles.alert}>{errors.byField.insecureSkipTlsVerify}</p>}
          <label>
            <input
              type="checkbox"
              checked={form.includeSecrets}
              onChange={(event) => update({ includeSecrets: event.target.checked })}
            />{' '}
            Read Secret metadata (names and types only, never their data)
          </label>
        </section>

        {refusal !== undefined && (
          <p className={styles.alert} role="alert" data-testid="register-error">
            {errorMessage(refusal)}
          </p>
        )}
        <div className={styles.actions}>
          <button
            type="button"
            className="button button-secondary"
            onClick={testConnection}
            disabled={connectionTest.isPending}
            data-testid="test-connection"
          >
            {connectionTest.isPending ? 'Testing…' : 'Test connection'}
          </button>
          <button type="submit" className="button button-primary" disabled={register.isPending} data-testid="register-submit">
            {register.isPending ? 'Registering…' : 'Register'}
          </button>
          <Link to="/clusters">Cancel</Link>
        </div>
      </div>

      <div style={{ display: 'flex', flexDirection: 'column', gap: 'var(--space-4)' }}>
        {connectionTest.isSuccess && <ConnectionReportView report={connectionTest.data} />}
        <section className={styles.section} aria-labelledby="reader-role-title">
          <h2 id="reader-role-title">Read-only access to apply</h2>
          <p style={{ margin: 0 }}>
            Apply this ClusterRole (with a ServiceAccount bound to it) in the cluster, then use that account&apos;s
            token. It can list and watch, nothing else.
          </p>
          <ReaderRolePanel />
        </section>
      </div>
    </form>
  );
}
