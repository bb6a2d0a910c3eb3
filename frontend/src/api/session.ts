import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch, isUnauthorized } from './client';

export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';

export interface CurrentUser {
  username: string;
  role: Role;
}

export interface Credentials {
  username: string;
  password: string;
}

/** Why nobody is signed in: never was in this tab, the session ran out, or the user signed out. */
export type SignedOutReason = 'no-session' | 'expired' | 'signed-out';

/** Who is using the browser. */
export type Session = { status: 'signed-in'; user: CurrentUser } | { status: 'signed-out'; reason: SignedOutReason };

export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
};

export async function fetchSession(): Promise<Session> {
  try {
    const user = await apiFetch<CurrentUser>('/api/v1/me');
    return { status: 'signed-in', user };
  } catch (error) {
    if (isUnauthorized(error)) return { status: 'signed-out', reason: 'no-session' };
    throw error;
  }
}

export function signIn({ username, password }: Credentials): Promise<CurrentUser> {
  return apiFetch<CurrentUser>('/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: new URLSearchParams({ username, password }).toString(),
  });
}

export function signOut(): Promise<void> {
  return apiFetch<void>('/auth/logout', { method: 'POST' });
}

function setSession(queryClient: QueryClient, session: Session) {
  queryClient.setQueryData(sessionKeys.current(), session);
}

/** Drops everything cached for the previous user, keeping only the session itself. */
function forgetUserData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
}

/** Called when any API call answers 401: a signed-in session has run out. */
export function markSessionExpired(queryClient: QueryClient) {
  const session = queryClient.getQueryData<Session>(sessionKeys.current());
  if (session?.status === 'signed-in') {
    forgetUserData(queryClient);
    setSession(queryClient, { status: 'signed-out', reason: 'expired' });
  }
}

export function useSession() {
  return useQuery({
    queryKey: sessionKeys.current(),
    queryFn: fetchSession,
    staleTime: 5 * 60 * 1000,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      forgetUserData(queryClient);
      setSession(queryClient, { status: 'signed-in', user });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      forgetUserData(queryClient);
      setSession(queryClient, { status: 'signed-out', reason: 'signed-out' });
    },
  });
}

const roleRank: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2 };

/** Roles are ordered: an admin may do what an operator may, an operator what a viewer may. */
export function hasRole(user: CurrentUser | undefined, needed: Role): boolean {
  if (!user) return false;
  return (roleRank[user.role] ?? -1) >= roleRank[needed];
}

/** The signed-in user; screens inside the shell always have one once the session has loaded. */
export function useCurrentUser(): CurrentUser | undefined {
  const { data } = useSession();
  return data?.status === 'signed-in' ? data.user : undefined;
}
