import type { Location } from 'react-router-dom';
import { HOME_PATH } from '../../app/shellPages';

/** Router state handed to the sign-in page: where the user was going. */
export interface SignInRedirect {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/** Where to go after signing in: the page the user asked for, or the fleet overview. */
export function destinationAfterSignIn(state: unknown): string {
  const from = (state as SignInRedirect | null)?.from;
  if (!from?.pathname || from.pathname === '/login' || from.pathname === '/') return HOME_PATH;
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}
