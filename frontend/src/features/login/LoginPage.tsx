import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import { useSession, useSignIn } from '../../api/session';
import styles from './LoginPage.module.css';
import { destinationAfterSignIn } from './redirect';

function signInErrorMessage(error: unknown): string {
  if (error instanceof ApiError && !error.problem?.detail) {
    if (error.status === 401) return 'Wrong username or password.';
    if (error.status === 429) return 'Too many failed sign-ins. Try again later.';
  }
  return errorMessage(error);
}

export function LoginPage() {
  const session = useSession();
  const signIn = useSignIn();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const passwordInput = useRef<HTMLInputElement>(null);

  if (session.data?.status === 'signed-in') {
    return <Navigate to={destinationAfterSignIn(location.state)} replace />;
  }
  const expired = session.data?.status === 'signed-out' && session.data.reason === 'expired';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signIn.mutate(
      { username: username.trim(), password },
      {
        onError: () => {
          setPassword('');
          passwordInput.current?.focus();
        },
      },
    );
  }

  return (
    <div className={styles.screen}>
      <main className={styles.card}>
        <div className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">
            F
          </span>
          <span className={styles.brandName}>Fleetward</span>
        </div>
        <h1 className={styles.heading}>Sign in</h1>
        <p className={styles.lead}>Governance for your fleet of Kubernetes clusters.</p>

        {expired && !signIn.isError && (
          <p className={styles.notice} role="status">
            Your session has expired. Sign in again to continue.
          </p>
        )}
        {signIn.isError && (
          <p className={styles.error} role="alert" data-testid="login-error">
            {signInErrorMessage(signIn.error)}
          </p>
        )}

        <form className={styles.form} onSubmit={submit}>
          <div className={styles.field}>
            <label htmlFor="login-username">Username</label>
            <input
              id="login-username"
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              data-testid="login-username"
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="login-password">Password</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              ref={passwordInput}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="login-password"
            />
          </div>
          <button
            type="submit"
            className={`button button-primary ${styles.submit}`}
            disabled={signIn.isPending}
            data-testid="login-submit"
          >
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </main>
    </div>
  );
}
