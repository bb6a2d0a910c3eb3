import type { FieldError } from '../../api/client';
import { Field, describedBy } from '../../components/Field';
import styles from './Clusters.module.css';

interface TokenSourceProps {
  server: string;
  certificateAuthority: string;
  token: string;
  onChange: (change: { server?: string; certificateAuthority?: string; token?: string }) => void;
  errors: { server?: string; certificateAuthority?: string; token?: string };
  other: FieldError[];
}

/** The API server's URL, its CA certificate and a service-account token. */
export function TokenSource({ server, certificateAuthority, token, onChange, errors, other }: TokenSourceProps) {
  return (
    <>
      <Field id="server" label="API server URL" error={errors.server}>
        <input
          type="url"
          {...describedBy('server', errors.server)}
          placeholder="https://203.0.113.10:6443"
          value={server}
          onChange={(event) => onChange({ server: event.target.value })}
          data-testid="server-input"
        />
      </Field>
      <Field
        id="certificateAuthority"
        label="CA certificate (PEM)"
        hint="The certificate authority that signed the API server's certificate."
        error={errors.certificateAuthority}
      >
        <textarea
          {...describedBy('certificateAuthority', errors.certificateAuthority, true)}
          rows={5}
          spellCheck={false}
          placeholder="-----BEGIN CERTIFICATE-----"
          value={certificateAuthority}
          onChange={(event) => onChange({ certificateAuthority: event.target.value })}
          data-testid="ca-input"
          style={{ fontFamily: 'ui-monospace, monospace', fontSize: 'var(--font-size-sm)' }}
        />
      </Field>
      <Field id="token" label="Service-account token" hint="Stored encrypted; never shown again." error={errors.token}>
        <input
          type="password"
          {...describedBy('token', errors.token, true)}
          autoComplete="off"
          value={token}
          onChange={(event) => onChange({ token: event.target.value })}
          data-testid="token-input"
        />
      </Field>
      {other.length > 0 && (
        <ul className={styles.alert} role="alert">
          {other.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              <code>{error.field}</code>: {error.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
