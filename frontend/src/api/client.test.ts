import { describe, expect, it } from 'vitest';
import { backend, installFakeApi, json, noContent, problem, setCookie } from '../test/fakeApi';
import { ApiError, apiFetch, readCookie } from './client';

describe('apiFetch', () => {
  it('sends no CSRF header with GET requests', async () => {
    setCookie('XSRF-TOKEN', 'abc');
    const api = installFakeApi({ 'GET /api/v1/things': () => json(200, { items: [] }) });

    await expect(apiFetch('/api/v1/things')).resolves.toEqual({ items: [] });

    expect(api.requests[0].headers.has('X-XSRF-TOKEN')).toBe(false);
    expect(api.requests[0].credentials).toBe('same-origin');
  });

  it('fetches /api/v1/me first when there is no CSRF cookie yet', async () => {
    const api = installFakeApi({
      'GET /api/v1/me': backend.signedOut('fresh-token'),
      'POST /auth/logout': () => noContent(),
    });

    await expect(apiFetch('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();

    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/me', 'POST /auth/logout']);
    expect(api.requests[1].headers.get('X-XSRF-TOKEN')).toBe('fresh-token');
  });

  it('turns a problem response into an ApiError with its detail and Retry-After', async () => {
    installFakeApi({
      'POST /auth/login': () => problem(429, 'Too Many Requests', 'Slow down.', { 'Retry-After': '90' }),
    });
    setCookie('XSRF-TOKEN', 't');

    const error = await apiFetch('/auth/login', { method: 'POST' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, message: 'Slow down.', retryAfterSeconds: 90 });
    expect((error as ApiError).problem?.title).toBe('Too Many Requests');
  });

  it('copes with an error that has no JSON body', async () => {
    installFakeApi({ 'GET /api/v1/things': () => new Response('gateway down', { status: 502 }) });

    const error = await apiFetch('/api/v1/things').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 502, problem: undefined });
  });
});

describe('readCookie', () => {
  it('finds one cookie among several and decodes it', () => {
    document.cookie = 'other=1; path=/';
    document.cookie = 'XSRF-TOKEN=a%2Fb%3Dc; path=/';

    expect(readCookie('XSRF-TOKEN')).toBe('a/b=c');
    expect(readCookie('missing')).toBeUndefined();
  });
});
