import { NavLink, Outlet } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { useSignOut, type CurrentUser, type Role } from '../api/session';
import styles from './AppShell.module.css';
import { shellPages } from './shellPages';

const roleLabels: Record<Role, string> = {
  VIEWER: 'Viewer',
  OPERATOR: 'Operator',
  ADMIN: 'Admin',
};

export function AppShell({ user }: { user: CurrentUser }) {
  return (
    <div className={styles.shell} data-testid="app-shell">
      <a className={styles.skipLink} href="#main-content">
        Skip to content
      </a>
      <aside className={styles.sidebar}>
        <div className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">
            F
          </span>
          Fleetward
        </div>
        <MainNav />
      </aside>
      <div className={styles.body}>
        <header className={styles.topBar}>
          <div className={styles.user} data-testid="current-user">
            <span className="visually-hidden">Signed in as </span>
            <span className={styles.username}>{user.username}</span>
            <span className={styles.role} title="Role">
              {roleLabels[user.role] ?? user.role}
            </span>
          </div>
          <SignOutButton />
        </header>
        <main id="main-content" className={styles.main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}

function MainNav() {
  return (
    <nav aria-label="Main">
      <ul className={styles.navList}>
        {shellPages.map((page) => (
          <li key={page.path}>
            <NavLink
              to={`/${page.path}`}
              data-testid={`nav-${page.path}`}
              className={({ isActive }) => (isActive ? `${styles.navLink} ${styles.active}` : styles.navLink)}
            >
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SignOutButton() {
  // Once signed out, the session guard around the shell shows the sign-in page.
  const signOut = useSignOut();

  return (
    <div className={styles.signOut}>
      {signOut.isError && (
        <span role="alert" className={styles.signOutError}>
          {errorMessage(signOut.error)}
        </span>
      )}
      <button
        type="button"
        className="button button-secondary"
        data-testid="sign-out"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
