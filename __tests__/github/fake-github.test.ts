// The fake GitHub must behave like GitHub, or the sticky-comment tests prove nothing: these
// check its wire behaviour with plain fetch, independently of octokit.
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_LOGIN, startFakeGitHub, type FakeGitHub } from '../e2e/helpers/fake-github.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function call(path: string, init: { method?: string; token?: string; scheme?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (init.token) headers.authorization = `${init.scheme ?? 'token'} ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${fake!.url}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

describe('fake GitHub', () => {
  it('paginates 250 comments with per_page and page and GitHub-style Link headers', async () => {
    const seed = Array.from({ length: 250 }, (_, i) => ({ issueNumber: 3, login: 'alice', body: `c${i}` }));
    fake = await startFakeGitHub({ seed });
    const base = `${fake.url}/repos/acme/widgets/issues/3/comments`;

    const first = await call('/repos/acme/widgets/issues/3/comments?per_page=100');
    expect(first.headers.get('link')).toBe(`<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=3>; rel="last"`);
    expect(((await first.json()) as unknown[]).length).toBe(100);

    const third = await call('/repos/acme/widgets/issues/3/comments?per_page=100&page=3');
    expect(third.headers.get('link')).toBe(`<${base}?per_page=100&page=2>; rel="prev", <${base}?per_page=100&page=1>; rel="first"`);
    const items = (await third.json()) as { body: string }[];
    expect(items.map((c) => c.body)).toEqual(Array.from({ length: 50 }, (_, i) => `c${200 + i}`));
  });

  it('defaults to 30 per page, caps per_page at 100 and sends no Link header for a single page', async () => {
    fake = await startFakeGitHub({ seed: Array.from({ length: 31 }, (_, i) => ({ issueNumber: 1, login: 'bob', body: `${i}` })) });
    expect(((await (await call('/repos/acme/widgets/issues/1/comments')).json()) as unknown[]).length).toBe(30);
    const all = await call('/repos/acme/widgets/issues/1/comments?per_page=500');
    expect(((await all.json()) as unknown[]).length).toBe(31);
    expect(all.headers.get('link')).toBeNull();
  });

  it('answers GET /user with 403 for an installation token and with the login for a personal token', async () => {
    fake = await startFakeGitHub();
    const installation = await call('/user', { token: 'ghs_installation', scheme: 'Bearer' });
    expect(installation.status).toBe(403);
    expect(await installation.json()).toMatchObject({ message: 'Resource not accessible by integration', status: '403' });
    const pat = await call('/user', { token: 'ghp_octocat' });
    expect(pat.status).toBe(200);
    expect(await pat.json()).toMatchObject({ login: 'octocat', type: 'User' });
    expect((await call('/user', { token: 'nope' })).status).toBe(401);
  });

  it('creates as the token identity with 201 and a Location, and updates in place', async () => {
    fake = await startFakeGitHub();
    const created = await call('/repos/acme/widgets/issues/9/comments', { method: 'POST', token: 'ghs_installation', body: { body: 'hi' } });
    expect(created.status).toBe(201);
    const json = (await created.json()) as { id: number; html_url: string; user: { login: string; type: string } };
    expect(json.user).toMatchObject({ login: BOT_LOGIN, type: 'Bot' });
    expect(json.html_url).toBe(`https://github.com/acme/widgets/pull/9#issuecomment-${json.id}`);
    expect(created.headers.get('location')).toBe(`${fake.url}/repos/acme/widgets/issues/comments/${json.id}`);

    const patched = await call(`/repos/acme/widgets/issues/comments/${json.id}`, { method: 'PATCH', token: 'ghs_installation', body: { body: 'bye' } });
    expect(patched.status).toBe(200);
    expect(fake.comments.map((c) => c.body)).toEqual(['bye']);
    expect(fake.comments[0]!.updated_at > fake.comments[0]!.created_at).toBe(true);
  });

  it('rejects writes with 403 in read-only mode, a missing body and an over-long body with 422', async () => {
    fake = await startFakeGitHub();
    const post = (body: unknown): Promise<Response> => call('/repos/acme/widgets/issues/9/comments', { method: 'POST', token: 'ghs_installation', body });
    expect((await post({})).status).toBe(422);
    expect((await post({ body: 'x'.repeat(65_537) })).status).toBe(422);
    fake.mode.comments = 'read-only';
    const denied = await post({ body: 'ok' });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(fake.comments).toHaveLength(0);
    expect(fake.requests.map((r) => r.status)).toEqual([422, 422, 403]);
  });
});
