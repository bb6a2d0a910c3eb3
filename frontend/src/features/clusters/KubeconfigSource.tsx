import { useMemo, useState, type ChangeEvent } from 'react';
import type { FieldError } from '../../api/client';
import { Field, describedBy } from '../../components/Field';
import fieldStyles from '../../components/Field.module.css';
import styles from './Clusters.module.css';
import { readKubeconfigContexts } from './kubeconfigContexts';

interface KubeconfigSourceProps {
  kubeconfig: string;
  context: string;
  onChange: (change: { kubeconfig?: string; context?: string }) => void;
  kubeconfigErrors: FieldError[];
  contextError?: string;
}

/** A pasted or uploaded kubeconfig, read here only to offer its contexts; the server checks it. */
export function KubeconfigSource({ kubeconfig, context, onChange, kubeconfigErrors, contextError }: KubeconfigSourceProps) {
  const contexts = useMemo(() => readKubeconfigContexts(kubeconfig), [kubeconfig]);
  const [readError, setReadError] = useState<string>();

  function setKubeconfig(text: string) {
    const found = readKubeconfigContexts(text);
    const keep = found.names.includes(context);
    onChange({ kubeconfig: text, context: keep ? context : (found.current ?? found.names[0] ?? '') });
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setReadError(undefined);
      setKubeconfig(await file.text());
    } catch {
      setReadError(`Could not read ${file.name}.`);
    }
  }

  const hasErrors = kubeconfigErrors.length > 0;
  return (
    <>
      <div className={fieldStyles.field}>
        <label htmlFor="kubeconfig" className={fieldStyles.label}>
          Kubeconfig
        </label>
        <p id="kubeconfig-hint" className={fieldStyles.hint}>
          Paste it or choose the file. Credentials must be inside it (token or client certificate): kubeconfigs that run
          commands (<code>exec</code>, <code>auth-provider</code>) or point to files are refused.
        </p>
        <textarea
          {...describedBy('kubeconfig', hasErrors ? 'yes' : undefined, true)}
          rows={10}
          spellCheck={false}
          autoComplete="off"
          value={kubeconfig}
          onChange={(event) => setKubeconfig(event.target.value)}
          data-testid="kubeconfig-input"
          style={{ fontFamily: 'ui-monospace, monospace', fontSize: 'var(--font-size-sm)' }}
        />
        {hasErrors && (
          <div id="kubeconfig-error" className={styles.alert} role="alert" data-testid="kubeconfig-error">
            <strong>The kubeconfig was refused:</strong>
            <ul className={styles.coverage}>
              {kubeconfigErrors.map((error) => (
                <li key={`${error.field}:${error.message}`}>
                  {error.field !== 'kubeconfig' && (
                    <>
                      <code>{error.field}</code>:{' '}
                    </>
                  )}
                  {error.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="kubeconfig-file" className={fieldStyles.label}>
          Or upload a kubeconfig file
        </label>
        <input id="kubeconfig-file" type="file" onChange={(event) => void upload(event)} data-testid="kubeconfig-file" />
        {readError && <p className={fieldStyles.error}>{readError}</p>}
      </div>
      {contexts.names.length > 0 ? (
        <Field id="context" label="Context" error={contextError}>
          <select
            {...describedBy('context', contextError)}
            value={context}
            onChange={(event) => onChange({ context: event.target.value })}
            data-testid="context-select"
          >
            {contexts.names.map((name) => (
              <option key={name} value={name}>
                {name}
                {name === contexts.current ? ' (current)' : ''}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <Field
          id="context"
          label="Context (optional)"
          hint="No contexts found in the text above; type one, or leave empty for the current context."
          error={contextError}
        >
          <input
            type="text"
            {...describedBy('context', contextError, true)}
            value={context}
            onChange={(event) => onChange({ context: event.target.value })}
            data-testid="context-input"
          />
        </Field>
      )}
    </>
  );
}
