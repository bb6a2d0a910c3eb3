import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { useSession, type CurrentUser } from '../api/session';
import { StatusScreen } from '../components/StatusScreen';
import type { SignInRedirect } from '../features/login/redirect';

interface RequireSessionProps {
  children: (user: CurrentUser) => ReactNode;
}

/** Shows its content only to a signed-in user; anyone else goes to the sign-in page and comes back after. */
export function RequireSession({ children }: RequireSessionProps) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return <StatusScreen message="Loading Fleetward…" />;
  }
  if (session.isError) {
    return (
      <StatusScreen message={errorMessage(session.error)} onRetry={() => void session.refetch()} alert />
    );
  }
  if (session.data.status === 'signed-out') {
    // After signing out, signing in again starts afresh; otherwise come back here.
    const state: SignInRedirect = session.data.reason === 'signed-out' ? {} : { from: location };
    return <Navigate to="/login" replace state={state} />;
  }
  return children(session.data.user);
}
