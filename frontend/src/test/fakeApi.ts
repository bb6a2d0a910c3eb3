import { vi } from 'vitest';
import type { CurrentUser } from '../api/session';

/**
 * A stand-in for the Fleetward backend behind `fetch`: answers from a table of routes and records every
 * request, so tests can assert what the browser would have sent. Handlers may set cookies the way the
 * server's Set-Cookie header would.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string, e.g. to check which filters a list request carried. */
  query: URLSearchParams;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
}

export type RouteHandler = (request: RecordedRequest) => Response | Promise<Response>;

/** Keys are "METHOD /path", e.g. "POST /auth/login". */
export type Routes = Record<string, RouteHandler>;

export interface FakeApi {
  requests: RecordedRequest[];
  requestsTo(method: string, path: string): RecordedRequest[];
  /** Adds or replaces a route while a test runs. */
  route(key: string, handler: RouteHandler): void;
}

export function installFakeApi(routes: Routes): FakeApi {
  const table: Routes = { ...routes };
  const requests: RecordedRequest[] = [];

  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, location.href);
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
    };
    requests.push(request);
    const handler = table[`${request.method} ${request.path}`];
    if (!handler) {
      throw new TypeError(`No fake response for ${request.method} ${request.path}`);
    }
    return handler(request);
  };

  vi.stubGlobal('fetch', vi.fn(fetchImpl));
  return {
    requests,
    requestsTo: (method, path) => requests.filter((r) => r.method === method && r.path === path),
    route: (key, handler) => {
      table[key] = handler;
    },
  };
}

export function setCookie(name: string, value: string) {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/`;
}

export function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A promise a test resolves when it chooses, to look at the screen while a request is in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

// Responses the backend gives, shared by the tests.

export const admin: CurrentUser = { username: 'admin', role: 'ADMIN' };
export const viewer: CurrentUser = { username: 'vera', role: 'VIEWER' };

export const backend = {
  /** GET /api/v1/me for a signed-in user. */
  signedIn: (user: CurrentUser = admin): RouteHandler => () => json(200, user),

  /** GET /api/v1/me without a session: 401, and the CSRF cookie is set all the same. */
  signedOut: (csrfToken = 'csrf-before-sign-in'): RouteHandler => () => {
    setCookie('XSRF-TOKEN', csrfToken);
    return problem(401, 'Unauthorized', 'Full authentication is required to access this resource.');
  },

  /** POST /auth/login that succeeds; the session id changes and so does the CSRF token. */
  signInSucceeds: (user: CurrentUser = admin, rotatedCsrfToken = 'csrf-after-sign-in'): RouteHandler => () => {
    setCookie('XSRF-TOKEN', rotatedCsrfToken);
    return json(200, user);
  },

  wrongPassword: (): RouteHandler => () => problem(401, 'Unauthorized', 'Wrong username or password.'),

  tooManySignIns: (): RouteHandler => () =>
    problem(429, 'Too Many Requests', 'Too many failed sign-ins. Try again in 4 minutes.', { 'Retry-After': '240' }),

  signOutSucceeds: (): RouteHandler => () => noContent(),

  sessionExpired: (): RouteHandler => () =>
    problem(401, 'Unauthorized', 'Full authentication is required to access this resource.'),
};
