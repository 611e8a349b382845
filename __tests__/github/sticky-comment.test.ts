import { afterEach, describe, expect, it } from 'vitest';
import { markerFor, upsertStickyComment, type StickyCommentOptions } from '../../src/github/index.js';
import { BOT_LOGIN, failures, startFakeGitHub, type FakeGitHub, type SeedComment } from '../e2e/helpers/fake-github.js';

const MARKER = '<!-- llm-gate:report config=llm-gate.yml -->';
let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function options(server: FakeGitHub, extra: Partial<StickyCommentOptions> = {}): StickyCommentOptions {
  // Back-off of a few milliseconds per second, so the retry tests do not sleep.
  return { token: 'ghs_installation', apiUrl: server.url, owner: 'acme', repo: 'widgets', issueNumber: 7, marker: MARKER, body: 'report', retry: { msPerSecond: 2 }, ...extra };
}

function recorder(): { info: string[]; warning: string[]; log: { info(m: string): void; warning(m: string): void } } {
  const info: string[] = [];
  const warning: string[] = [];
  return { info, warning, log: { info: (m) => info.push(m), warning: (m) => warning.push(m) } };
}

function humans(count: number, from = 0): SeedComment[] {
  return Array.from({ length: count }, (_, i) => ({ issueNumber: 7, login: `reviewer-${(from + i) % 5}`, body: `looks good ${from + i}` }));
}

describe('upsertStickyComment', () => {
  it('creates one comment on the first run and updates that same comment on the next two', async () => {
    fake = await startFakeGitHub();
    const results = [];
    for (const run of [1, 2, 3]) results.push(await upsertStickyComment(options(fake, { body: `report of run ${run}` })));

    const onPr = fake.commentsOn(7);
    expect(onPr).toHaveLength(1);
    expect(onPr[0]!.body).toBe(`${MARKER}\nreport of run 3`);
    expect(onPr[0]!.user.login).toBe(BOT_LOGIN);
    expect(results.map((r) => r.status)).toEqual(['created', 'updated', 'updated']);
    expect(results[2]).toEqual({ status: 'updated', id: onPr[0]!.id, url: `https://github.com/acme/widgets/pull/7#issuecomment-${onPr[0]!.id}` });
    const writes = fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      'POST /repos/acme/widgets/issues/7/comments',
      `PATCH /repos/acme/widgets/issues/comments/${onPr[0]!.id}`,
      `PATCH /repos/acme/widgets/issues/comments/${onPr[0]!.id}`,
    ]);
  });

  it('in update-only mode refreshes an existing comment but never creates one', async () => {
    fake = await startFakeGitHub();
    expect(await upsertStickyComment(options(fake, { body: 'pass', create: false }))).toEqual({ status: 'absent' });
    expect(fake.commentsOn(7)).toHaveLength(0);

    await upsertStickyComment(options(fake, { body: 'fail' }));
    const result = await upsertStickyComment(options(fake, { body: 'pass again', create: false }));
    expect(result).toMatchObject({ status: 'updated' });
    expect(fake.commentsOn(7).map((c) => c.body)).toEqual([`${MARKER}\npass again`]);
  });

  it('reads all three pages of a 250-comment PR and updates its own comment found on page three', async () => {
    const seed = [...humans(240), { issueNumber: 7, login: BOT_LOGIN, type: 'Bot' as const, body: `${MARKER}\nold report` }, ...humans(9, 240)];
    fake = await startFakeGitHub({ seed });
    const ownId = fake.comments[240]!.id;

    const result = await upsertStickyComment(options(fake, { body: 'new report' }));

    expect(result).toMatchObject({ status: 'updated', id: ownId });
    expect(fake.commentsOn(7)).toHaveLength(250);
    expect(fake.comments[240]!.body).toBe(`${MARKER}\nnew report`);
    const listed = fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'));
    expect(listed.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('never touches a human comment that quotes the marker, and posts its own instead', async () => {
    const quote = `${MARKER}\nwhy does the gate say fail here?`;
    fake = await startFakeGitHub({ seed: [{ issueNumber: 7, login: 'alice', body: quote }] });
    const human = fake.comments[0]!;

    const result = await upsertStickyComment(options(fake));

    expect(result.status).toBe('created');
    expect(human.body).toBe(quote);
    expect(human.updated_at).toBe(human.created_at);
    expect(fake.requests.some((r) => r.path.endsWith(`/comments/${human.id}`))).toBe(false);
    expect(fake.commentsOn(7).map((c) => c.user.login)).toEqual(['alice', BOT_LOGIN]);
  });

  it('with a personal token updates the comment of the token owner found through GET /user, not the bot one', async () => {
    fake = await startFakeGitHub({
      seed: [
        { issueNumber: 7, login: BOT_LOGIN, type: 'Bot', body: `${MARKER}\nbot report` },
        { issueNumber: 7, login: 'octocat', body: `${MARKER}\npat report` },
      ],
    });
    const [bot, mine] = [fake.comments[0]!, fake.comments[1]!];

    const result = await upsertStickyComment(options(fake, { token: 'ghp_octocat', body: 'fresh' }));

    expect(result).toMatchObject({ status: 'updated', id: mine.id });
    expect(mine.body).toBe(`${MARKER}\nfresh`);
    expect(bot.body).toBe(`${MARKER}\nbot report`);
    expect(fake.requests.find((r) => r.path === '/user')).toMatchObject({ status: 200, login: 'octocat' });
  });

  describe('with a GitHub App installation token (comments by <slug>[bot])', () => {
    const APP = 'llm-gate-app[bot]';
    const tokens = { ghs_app: { kind: 'installation' as const, login: APP }, ghs_installation: { kind: 'installation' as const } };
    const marked = (login: string, body: string): SeedComment => ({ issueNumber: 7, login, type: 'Bot', body: `${MARKER}\n${body}` });
    const graphqlCalls = () => fake!.requests.filter((r) => r.path === '/graphql');

    it('keeps one comment over three runs: creates it, then finds it again by asking GraphQL viewer who it is', async () => {
      fake = await startFakeGitHub({ tokens });
      const results = [];
      for (const run of [1, 2, 3]) results.push(await upsertStickyComment(options(fake, { token: 'ghs_app', body: `app run ${run}` })));

      expect(results.map((r) => r.status)).toEqual(['created', 'updated', 'updated']);
      expect(fake.commentsOn(7).map((c) => [c.user.login, c.body])).toEqual([[APP, `${MARKER}\napp run 3`]]);
      // Run 1 had no comment to tell apart, so it asked nothing.
      expect(graphqlCalls().map((r) => r.status)).toEqual([200, 200]);
    });

    it('updates its own comment, not github-actions[bot]\'s, when both are there', async () => {
      fake = await startFakeGitHub({ tokens, seed: [marked(BOT_LOGIN, 'actions report'), marked(APP, 'app report')] });
      const result = await upsertStickyComment(options(fake, { token: 'ghs_app', body: 'fresh' }));

      expect(result).toMatchObject({ status: 'updated', id: fake.comments[1]!.id });
      expect(fake.comments.map((c) => c.body)).toEqual([`${MARKER}\nactions report`, `${MARKER}\nfresh`]);
    });

    it('uses the comment-author it is given without asking', async () => {
      fake = await startFakeGitHub({ tokens, seed: [marked(BOT_LOGIN, 'actions report'), marked(APP, 'old app report')] });
      const result = await upsertStickyComment(options(fake, { token: 'ghs_app', body: 'fresh', botLogin: APP }));

      expect(result).toMatchObject({ status: 'updated', id: fake.comments[1]!.id });
      expect(fake.requests.some((r) => r.path === '/user' || r.path === '/graphql')).toBe(false);
    });

    it('never touches another bot\'s comment when GraphQL cannot say who it is', async () => {
      fake = await startFakeGitHub({ tokens, seed: [marked(APP, 'app report')], mode: { graphql: 'missing' } });
      const result = await upsertStickyComment(options(fake, { body: 'from GITHUB_TOKEN' }));

      expect(result).toMatchObject({ status: 'created' });
      expect(fake.comments.map((c) => [c.user.login, c.body])).toEqual([
        [APP, `${MARKER}\napp report`],
        [BOT_LOGIN, `${MARKER}\nfrom GITHUB_TOKEN`],
      ]);
      expect(graphqlCalls().map((r) => r.status)).toEqual([404]);
    });

    it('asks nothing extra with GITHUB_TOKEN when only github-actions[bot] has commented', async () => {
      fake = await startFakeGitHub({ seed: [marked(BOT_LOGIN, 'old')] });
      expect(await upsertStickyComment(options(fake, { body: 'new' }))).toMatchObject({ status: 'updated' });
      expect(graphqlCalls()).toHaveLength(0);
    });
  });

  it('updates the newest of several own comments left by older versions and leaves the rest', async () => {
    const own = (body: string): SeedComment => ({ issueNumber: 7, login: BOT_LOGIN, type: 'Bot', body: `${MARKER}\n${body}` });
    fake = await startFakeGitHub({ seed: [own('first'), ...humans(3), own('second'), ...humans(2)] });

    await upsertStickyComment(options(fake, { body: 'third' }));

    expect(fake.comments.filter((c) => c.user.login === BOT_LOGIN).map((c) => c.body)).toEqual([`${MARKER}\nfirst`, `${MARKER}\nthird`]);
  });

  it('keeps one comment per config when two configs gate the same pull request', async () => {
    fake = await startFakeGitHub();
    for (const run of [1, 2]) {
      for (const config of ['llm-gate.yml', 'evals/support.yml']) {
        await upsertStickyComment(options(fake, { marker: markerFor(config), body: `${config} run ${run}` }));
      }
    }
    expect(fake.commentsOn(7).map((c) => c.body.split('\n')[1])).toEqual(['llm-gate.yml run 2', 'evals/support.yml run 2']);
  });

  it('skips with a warning naming pull-requests: write when creating the comment answers 403', async () => {
    fake = await startFakeGitHub({ mode: { comments: 'read-only' } });
    const rec = recorder();

    const result = await upsertStickyComment(options(fake, { log: rec.log }));

    expect(result.status).toBe('skipped');
    expect(fake.comments).toHaveLength(0);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', status: 403 });
    expect(rec.warning).toHaveLength(1);
    expect(rec.warning[0]).toContain('`pull-requests: write`');
    expect(rec.warning[0]).toContain('403 Resource not accessible by integration');
    expect(result.status === 'skipped' && result.reason).toContain('pull-requests: write');
  });

  it('names issues: write for an issue, and skips when updating answers 403 too', async () => {
    fake = await startFakeGitHub({ seed: [{ issueNumber: 7, login: BOT_LOGIN, type: 'Bot', body: `${MARKER}\nold` }], mode: { comments: 'read-only' } });
    const rec = recorder();

    const result = await upsertStickyComment(options(fake, { target: 'issue', log: rec.log }));

    expect(result.status).toBe('skipped');
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PATCH', status: 403 });
    expect(rec.warning[0]).toContain('`issues: write`');
    expect(fake.comments[0]!.body).toBe(`${MARKER}\nold`);
  });

  it('skips with a warning when the comments cannot even be listed (404)', async () => {
    fake = await startFakeGitHub({ mode: { comments: 'hidden' } });
    const rec = recorder();
    const result = await upsertStickyComment(options(fake, { log: rec.log }));
    expect(result.status).toBe('skipped');
    expect(rec.warning[0]).toMatch(/404 Not Found.*pull-requests: write/);
  });

  it('throws a clear error, naming the PR once, on a GitHub server error that outlasts the retries', async () => {
    fake = await startFakeGitHub({ mode: { comments: 'server-error' } });
    const error = await upsertStickyComment(options(fake)).then(() => undefined, (err: Error) => err);
    expect(error?.message).toBe('GitHub answered HTTP 502 while trying to read the comments of acme/widgets#7: Server Error');
    // The first try and three retries, then it gives up.
    expect(fake.requests.filter((r) => r.path.endsWith('/issues/7/comments')).map((r) => r.status)).toEqual([502, 502, 502, 502]);
  });

  describe('retries', () => {
    it('posts the comment after a 500 on the first try', async () => {
      fake = await startFakeGitHub({ script: [{ ...failures.serverError(1), method: 'POST' }] });
      const result = await upsertStickyComment(options(fake, { body: 'lands' }));
      expect(result.status).toBe('created');
      expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 201]);
      expect(fake.commentsOn(7).map((c) => c.body)).toEqual([`${MARKER}\nlands`]);
    });

    it('waits out a secondary rate limit (403 with retry-after) and a 429, then updates the comment', async () => {
      fake = await startFakeGitHub({
        seed: [{ issueNumber: 7, login: BOT_LOGIN, type: 'Bot', body: `${MARKER}\nold` }],
        script: [failures.secondaryRateLimit(1), { ...failures.secondaryRateLimit(2), status: 429, method: 'PATCH' }],
      });
      const rec = recorder();
      const result = await upsertStickyComment(options(fake, { body: 'new', log: rec.log }));
      expect(result.status).toBe('updated');
      expect(fake.requests.filter((r) => r.path.includes('/comments')).map((r) => `${r.method} ${r.status}`)).toEqual(['GET 403', 'GET 200', 'PATCH 429', 'PATCH 200']);
      expect(rec.info.filter((m) => /secondary rate limit.*retrying in [12] s/.test(m))).toHaveLength(2);
      expect(rec.warning).toEqual([]);
    });

    it('gives up on a secondary rate limit that persists after three retries, as a warning', async () => {
      fake = await startFakeGitHub({ script: [failures.secondaryRateLimit(1, Infinity)] });
      const rec = recorder();
      const result = await upsertStickyComment(options(fake, { log: rec.log }));
      expect(result.status).toBe('skipped');
      expect(fake.requests.filter((r) => r.path.includes('/comments')).map((r) => r.status)).toEqual([403, 403, 403, 403]);
      expect(rec.warning[0]).toMatch(/rate-limited the token \(403 You have exceeded a secondary rate limit/);
    });

    it('does not wait when GitHub asks for longer than the rate-limit budget', async () => {
      fake = await startFakeGitHub({ script: [failures.secondaryRateLimit(600, Infinity)] });
      const rec = recorder();
      expect((await upsertStickyComment(options(fake, { log: rec.log }))).status).toBe('skipped');
      expect(fake.requests.filter((r) => r.path.includes('/comments'))).toHaveLength(1);
      expect(rec.info.some((m) => m.includes('giving up (it asks for 600 s)'))).toBe(true);
    });

    it('does not retry a 422, and the error carries the errors[] entries GitHub sent', async () => {
      fake = await startFakeGitHub({
        script: [failures.validationFailed([{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }, 'was submitted too quickly'])],
      });
      const error = await upsertStickyComment(options(fake)).then(() => undefined, (err: Error) => err);
      expect(error?.message).toBe(
        'GitHub answered HTTP 422 while trying to create a comment on acme/widgets#7: Validation Failed: body: body is too long (maximum is 65536 characters) [custom]; was submitted too quickly',
      );
      expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    });
  });

  it('skips without calling GitHub when no token is given', async () => {
    fake = await startFakeGitHub();
    const rec = recorder();
    const result = await upsertStickyComment(options(fake, { token: '', log: rec.log }));
    expect(result.status).toBe('skipped');
    expect(fake.requests).toHaveLength(0);
    expect(rec.warning[0]).toContain('pull-requests: write');
  });

  it('cuts an oversized body so GitHub accepts it, and warns', async () => {
    fake = await startFakeGitHub();
    const rec = recorder();
    const result = await upsertStickyComment(options(fake, { body: 'x'.repeat(70_000), log: rec.log }));
    expect(result.status).toBe('created');
    const stored = fake.comments[0]!.body;
    expect(stored.length).toBeLessThanOrEqual(65_536);
    expect(stored.startsWith(`${MARKER}\nxxx`)).toBe(true);
    expect(stored).toMatch(/truncated/);
    expect(rec.warning).toHaveLength(1);
  });
});
