/**
 * Typed fetch for the Fleetward backend: same-origin session cookie, CSRF header on every
 * non-GET request, and RFC 7807 problem bodies turned into {@link ApiError}.
 */

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

/** One field the server refused, named by its path in the request (e.g. `users[0].user.exec`). */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 7807 problem body as the backend sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  /** Seconds from the Retry-After header, when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem | undefined, retryAfterSeconds?: number) {
    super(problem?.detail ?? problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** Text for the user: the problem detail when the server gave one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem?.detail ?? error.problem?.title ?? `The server answered ${error.status}.`;
  }
  return 'Fleetward could not be reached. Check your connection and try again.';
}

/** The field errors of a 400 problem, or none. */
export function fieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.problem?.errors)) return [];
  return error.problem.errors.filter(
    (e): e is FieldError => typeof e?.field === 'string' && typeof e?.message === 'string',
  );
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

/**
 * The token is read fresh for every request: the backend may rotate it, for example on sign-in.
 * Before the first sign-in there may be no cookie yet; GET /api/v1/me sets it, even when it answers 401.
 */
async function csrfToken(): Promise<string | undefined> {
  const token = readCookie(CSRF_COOKIE);
  if (token) return token;
  await fetch('/api/v1/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return readCookie(CSRF_COOKIE);
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}

function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds : undefined;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await csrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }

  const response = await fetch(path, { ...init, method, headers, credentials: 'same-origin' });
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), retryAfter(response));
  }
  return response;
}

export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init);
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  return (await response.json()) as T;
}

/** For the few endpoints that answer plain text (e.g. YAML to apply). */
export async function apiFetchText(path: string): Promise<string> {
  const response = await send(path, { headers: { Accept: 'text/plain, application/yaml, */*' } });
  return response.text();
}

/** JSON body with the headers the backend expects. */
export function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** `?a=1&b=2` from the values that are set, or nothing. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
