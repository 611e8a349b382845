// Runs the built Action bundle (dist/index.js) the way the Actions runner does: INPUT_* env,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a pull_request payload in GITHUB_EVENT_PATH and
// GITHUB_API_URL at a fake GitHub REST API; the models are an independent scripted server.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScriptedServer, type ScriptedServer } from './helpers/scripted-openai.js';
import { runBundle } from './helpers/bundle.js';
import { actionsRunner, pullRequestEvent } from './helpers/actions-runner.js';
import { BOT_LOGIN, failures, startFakeGitHub, type FakeGitHub, type SeedComment } from './helpers/fake-github.js';

const KEY = 'sk-action-secret-9f8e7d6c5b4a';
const LABELS = ['billing', 'shipping', 'tech'];
const CASES = 12;

let servers: { close(): Promise<void> }[] = [];
let dirs: string[] = [];
afterEach(async () => {
  for (const s of servers) await s.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  servers = [];
  dirs = [];
});

/** Baseline always right; a regressing candidate is wrong on every third case and 10× pricier. */
async function modelServer(candidateRegresses: boolean): Promise<ScriptedServer> {
  const server = await startScriptedServer((model, user) => {
    const n = Number(/ticket (\d+)/.exec(user)?.[1]);
    const wrong = candidateRegresses && model === 'cand-model' && n % 3 === 0;
    return {
      content: wrong ? 'unknown' : LABELS[n % 3]!,
      delayMs: 5,
      usage: { prompt: 50, cached: 0, completion: candidateRegresses && model === 'cand-model' ? 60 : 6, reasoning: 0 },
    };
  });
  servers.push(server);
  return server;
}

const MARKER = '<!-- llm-gate:report config=llm-gate.yml -->';
/** What an earlier commit's run left on the PR: the comment every later outcome must replace. */
const STALE_PASS: SeedComment = { issueNumber: 7, login: BOT_LOGIN, type: 'Bot', body: `${MARKER}\n### ✅ llm-gate: pass (an earlier commit)` };

async function github(mode: 'ok' | 'read-only' = 'ok', extraSeed: SeedComment[] = []): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({
    mode: { comments: mode },
    seed: [
      { issueNumber: 7, login: 'alice', body: 'Looks good to me' },
      { issueNumber: 7, login: 'bob', body: `quoting the bot: ${MARKER}` },
      ...extraSeed,
    ],
  });
  servers.push(fake);
  return fake;
}

async function workspace(modelUrl: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-action-'));
  dirs.push(dir);
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: CASES }, (_, i) =>
    JSON.stringify({ id: `ticket-${i}`, tags: ['routing'], vars: { n: i }, prompt: 'Route ticket {{n}}', expect: [{ type: 'label', value: LABELS[i % 3] }] }),
  );
  await writeFile(join(dir, 'evals', 'routing.jsonl'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.jsonl',
      'models:',
      `  baseline: { model: base-model, baseUrl: "${modelUrl}", price: { input: 1, output: 2 } }`,
      '  candidate: { model: cand-model, price: { input: 1, output: 2 } }',
      'thresholds: { p95Latency: false }',
      'run: { concurrency: 4, retries: 0 }',
    ].join('\n'),
  );
  return dir;
}

interface Payload {
  fork?: boolean;
  /** The pull request's base commit. */
  baseSha?: string;
  /** The pull request's author, and the run's actor. */
  author?: string;
}

async function runAction(dir: string, gh: FakeGitHub, inputs: Record<string, string>, payload: Payload = {}, runId = 1) {
  const runner = await actionsRunner({
    workspace: dir,
    apiUrl: gh.url,
    inputs: { 'github-token': 'ghs_installation', config: 'llm-gate.yml', ...lowerCased(inputs) },
    event: pullRequestEvent(payload),
    actor: payload.author,
    runId,
  });
  dirs.push(runner.dir);
  const result = await runBundle({ bundle: 'action', cwd: dir, env: runner.env });
  return { ...result, ...(await runner.results()) };
}

/** Inputs are written as action.yml names; the tests above spell some upper-case. */
function lowerCased(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k.toLowerCase(), v]));
}

/**
 * Starts the Action and sends SIGINT (how GitHub cancels a step) once `ready()` holds. The
 * deadline is a hang guard: it kills a run that ignores the signal, and never times a
 * healthy one (how fast a cancelled run stops is the product's promise, not a test's).
 */
async function cancelAction(dir: string, gh: FakeGitHub, ready: () => boolean, deadlineMs: number) {
  const runner = await actionsRunner({
    workspace: dir,
    apiUrl: gh.url,
    inputs: { 'github-token': 'ghs_installation', config: 'llm-gate.yml', 'api-key': KEY },
    event: pullRequestEvent(),
  });
  dirs.push(runner.dir);
  const result = await runBundle({
    bundle: 'action',
    cwd: dir,
    env: runner.env,
    deadlineMs,
    onSpawn: (child) => {
      void (async () => {
        while (!ready()) await new Promise((r) => setTimeout(r, 50));
        child.kill('SIGINT');
      })();
    },
  });
  return { code: result.code, killed: result.killed, stdout: result.stdout, outputs: (await runner.results()).outputs };
}

describe('the Action bundle on a pull request', () => {
  it('keeps exactly one sticky comment across three runs, updated in place, and fails the step on a regression', async () => {
    const models = await modelServer(true);
    const gh = await github();
    const dir = await workspace(models.url);
    const bodies: string[] = [];
    for (const runId of [101, 102, 103]) {
      const run = await runAction(dir, gh, { 'API-KEY': KEY }, {}, runId);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::llm-gate: .*quality/);
      expect(run.outputs.verdict).toBe('fail');
      const ours = gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN);
      expect(ours).toHaveLength(1);
      bodies.push(ours[0]!.body);
      expect(run.outputs['comment-url']).toContain(String(ours[0]!.id));
      // `::add-mask::` is how a step registers a secret; the runner consumes those lines.
      const stdout = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
      expect(run.stdout).toContain(`::add-mask::${KEY}`);
      for (const text of [stdout.join('\n'), run.stderr, run.summary, run.outputsText, ours[0]!.body]) expect(text).not.toContain(KEY);
    }
    expect(new Set(bodies).size).toBe(3);
    expect(gh.commentsOn(7)).toHaveLength(3);
    expect(gh.commentsOn(7).find((c) => c.user.login === 'bob')!.body).toContain('quoting the bot');
  });

  it('with a GitHub App token keeps one comment by <slug>[bot] across runs', async () => {
    const models = await modelServer(false);
    const app = 'llm-gate-app[bot]';
    const gh = await startFakeGitHub({ tokens: { ghs_app: { kind: 'installation', login: app } } });
    servers.push(gh);
    const dir = await workspace(models.url);
    for (const runId of [201, 202]) {
      const run = await runAction(dir, gh, { 'API-KEY': KEY, 'GITHUB-TOKEN': 'ghs_app' }, {}, runId);
      expect(run.outputs.verdict).not.toBe('error');
    }
    expect(gh.commentsOn(7).map((c) => c.user.login)).toEqual([app]);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('on cancellation stops the calls in flight and updates the sticky comment to say the run is incomplete', async () => {
    // Cases 0–3 answer at once; the calls after them would hold until the 30 s default
    // timeout, past the 25 s deadline, so a run that did not stop them is killed.
    let slowArrived = 0;
    const models = await startScriptedServer((_model, user) => {
      const n = Number(/ticket (\d+)/.exec(user)?.[1]);
      if (n >= 4) slowArrived++;
      return { content: LABELS[n % 3]!, delayMs: n < 4 ? 20 : 120_000, usage: { prompt: 50, cached: 0, completion: 6, reasoning: 0 } };
    });
    servers.push(models);
    const gh = await github();
    const dir = await workspace(models.url);
    // Cancelled once the 8 fast calls are served and the 4 workers' next calls are in flight.
    const run = await cancelAction(dir, gh, () => models.served.length >= 8 && slowArrived >= 4, 25_000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('incomplete');
    expect(run.stdout).toMatch(/::error::llm-gate could not judge \(incomplete\); this is not a model regression/);
    const ours = gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toMatch(/incomplete/i);
  });

  it('sets outputs, summary and annotations from the report', async () => {
    const models = await modelServer(true);
    const gh = await github();
    const dir = await workspace(models.url);
    const run = await runAction(dir, gh, { 'API-KEY': KEY, comment: 'never' });
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as {
      verdict: string;
      models: Record<'baseline' | 'candidate', { quality: number; costUsd: number; latencyMs: { p95: number } }>;
      checks: { metric: string; change: number }[];
      cases: { id: string; line: number; baseline: { score: number }; candidate: { score: number } }[];
    };
    expect(run.outputs.verdict).toBe(report.verdict);
    expect(Number(run.outputs['quality-baseline'])).toBe(report.models.baseline.quality);
    expect(Number(run.outputs['quality-candidate'])).toBe(report.models.candidate.quality);
    expect(Number(run.outputs['quality-change'])).toBeCloseTo(report.models.candidate.quality - report.models.baseline.quality, 9);
    expect(Number(run.outputs['quality-per-dollar-change'])).toBeCloseTo(report.checks.find((c) => c.metric === 'qualityPerDollar')!.change, 9);
    expect(Number(run.outputs['cost-change'])).toBeCloseTo(report.models.candidate.costUsd / report.models.baseline.costUsd - 1, 9);
    // The p95 check is off here, so the output is the plain relative change of the two p95s.
    expect(report.checks.some((c) => c.metric === 'p95Latency')).toBe(false);
    expect(Number(run.outputs['p95-latency-change'])).toBeCloseTo(report.models.candidate.latencyMs.p95 / report.models.baseline.latencyMs.p95 - 1, 9);
    expect(run.outputs['comment-url']).toBe('');
    expect(gh.requests.filter((r) => r.path.includes('/comments'))).toHaveLength(0);
    expect(run.summary).toContain('quality per $');
    const regressed = report.cases.filter((c) => c.candidate.score < c.baseline.score);
    expect(regressed.length).toBe(CASES / 3);
    for (const c of regressed) {
      expect(run.stdout).toContain(`::warning title=llm-gate%3A regression in ${c.id},file=evals/routing.jsonl,line=${c.line}::case ${c.id}:`);
    }
  });

  it('turns a 403 on the comment into a warning that names the permission, leaving verdict and exit code alone', async () => {
    const models = await modelServer(false);
    const gh = await github('read-only');
    const dir = await workspace(models.url);
    const run = await runAction(dir, gh, { 'API-KEY': KEY });
    // 12 identical cases cannot rule out a 2-point rise of the error rate: inconclusive,
    // which passes the step by default; the 403 changes neither.
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('inconclusive');
    expect(run.stdout).toMatch(/::warning::.*pull-requests: write/);
    expect(gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN)).toHaveLength(0);
  });

  it('skips a fork pull request without a key: verdict skipped, exit 0, zero model calls', async () => {
    const models = await modelServer(false);
    const gh = await github();
    const dir = await workspace(models.url);
    const run = await runAction(dir, gh, {}, { fork: true });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(/::notice::llm-gate skipped: .*fork/);
    expect(models.requests).toBe(0);
  });

  it('fails a same-repo run without a key, as a setup problem rather than a regression', async () => {
    const models = await modelServer(false);
    const gh = await github();
    const dir = await workspace(models.url);
    const run = await runAction(dir, gh, {});
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::llm-gate: .*OPENAI_API_KEY is not set/);
    expect(models.requests).toBe(0);
  });

  it('annotates a config error at its file and line, with zero model calls', async () => {
    const models = await modelServer(false);
    const gh = await github();
    const dir = await workspace(models.url);
    await writeFile(join(dir, 'llm-gate.yml'), `${await readFile(join(dir, 'llm-gate.yml'), 'utf8')}\nthreshold: {}\n`);
    const run = await runAction(dir, gh, { 'API-KEY': KEY });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error title=llm-gate config error,file=llm-gate.yml,line=7/);
    expect(models.requests).toBe(0);
  });

  it('replaces a stale pass comment when the next run stops on a config error, and writes an error report', async () => {
    const models = await modelServer(false);
    const gh = await github('ok', [STALE_PASS]);
    const dir = await workspace(models.url);
    await writeFile(join(dir, 'llm-gate.yml'), `${await readFile(join(dir, 'llm-gate.yml'), 'utf8')}\nthreshold: {}\n`);
    const run = await runAction(dir, gh, { 'API-KEY': KEY });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    const ours = gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).not.toContain('an earlier commit)');
    expect(ours[0]!.body).toContain('could not judge this commit — not a model regression');
    expect(ours[0]!.body).toContain('llm-gate.yml:7');
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as { verdict: string; error: { code: string; file: string; line: number } };
    expect(report.verdict).toBe('error');
    expect(report.error).toMatchObject({ code: 'config', line: 7 });
    expect(models.requests).toBe(0);
  });

  it('on a fork without a key, refreshes an earlier comment to say skipped, and creates none where there was none', async () => {
    const models = await modelServer(false);
    const stale = await github('ok', [STALE_PASS]);
    const dir = await workspace(models.url);
    const run = await runAction(dir, stale, {}, { fork: true });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    const ours = stale.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toMatch(/skipped: this pull request comes from a fork/);

    const fresh = await github();
    await runAction(dir, fresh, {}, { fork: true });
    expect(fresh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN)).toHaveLength(0);
    expect(fresh.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(models.requests).toBe(0);
  });

  it('skips a Dependabot pull request without a key by default, like a fork', async () => {
    const models = await modelServer(false);
    const gh = await github();
    const dir = await workspace(models.url);
    const run = await runAction(dir, gh, {}, { author: 'dependabot[bot]' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(/::notice::llm-gate skipped: .*Dependabot/);
    expect(models.requests).toBe(0);
  });

  it('retries a 500 on the comment and still posts it', async () => {
    const models = await modelServer(false);
    const gh = await github();
    gh.script({ ...failures.serverError(1), method: 'POST' });
    const dir = await workspace(models.url);
    const run = await runAction(dir, gh, { 'API-KEY': KEY });
    expect(run.code).toBe(0);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).map((r) => r.status)).toEqual([500, 201]);
    expect(gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN)).toHaveLength(1);
    expect(run.outputs['comment-url']).not.toBe('');
  });

  it('never writes the key or the github-token, even when the model echoes them into its answers', async () => {
    const echo = await startScriptedServer((_model, user) => ({ content: `billing ${user}`, delayMs: 1, usage: { prompt: 50, cached: 0, completion: 6, reasoning: 0 } }));
    servers.push(echo);
    // The eval's own text carries both secrets, as a prompt that quotes them would.
    const gh = await github();
    const dir = await workspace(echo.url);
    const cases = Array.from({ length: CASES }, (_, i) =>
      JSON.stringify({ id: `ticket-${i}`, vars: { n: i }, prompt: `Route ticket {{n}}; auth ${KEY} and ghs_installation`, expect: [{ type: 'contains', value: 'billing' }] }),
    );
    await writeFile(join(dir, 'evals', 'routing.jsonl'), `${cases.join('\n')}\n`);
    const run = await runAction(dir, gh, { 'API-KEY': KEY });
    expect(run.outputs.verdict).toBeDefined();
    const report = await readFile(run.outputs['report-path']!, 'utf8');
    expect(report).toContain('[redacted]');
    const stdout = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    const comment = gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN)[0]?.body ?? '';
    expect(comment).not.toBe('');
    for (const text of [stdout, run.stderr, run.summary, run.outputsText, comment, report]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain('ghs_installation');
    }
  });
});

describe('the Action with models.baseline: { from: base }', () => {
  const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: { PATH: process.env.PATH, ...GIT_ENV }, encoding: 'utf8' }).trim();
  const config = (url: string, model: string) =>
    ['evals: evals/*.jsonl', 'models:', '  baseline: { from: base }', `  candidate: { model: ${model}, baseUrl: "${url}", price: { input: 1, output: 2 } }`, 'thresholds: { p95Latency: false }', 'run: { concurrency: 4, retries: 0 }'].join('\n');

  it('gates a model bump against the PR\'s base commit, then skips a README-only push (and a merge-queue run) with zero requests', async () => {
    const models = await modelServer(true);
    const gh = await github('ok');
    const dir = await workspace(models.url);
    await writeFile(join(dir, 'llm-gate.yml'), config(models.url, 'base-model'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'production runs base-model');
    const first = git(dir, 'rev-parse', 'HEAD');
    await writeFile(join(dir, 'llm-gate.yml'), config(models.url, 'cand-model'));
    git(dir, 'commit', '-q', '-am', 'bump to cand-model');

    const bump = await runAction(dir, gh, { 'api-key': KEY }, { baseSha: first });
    expect(bump.code).toBe(1);
    expect(bump.outputs.verdict).toBe('fail');
    expect(new Set(models.served.map((s) => s.model))).toEqual(new Set(['base-model', 'cand-model']));
    const report = JSON.parse(await readFile(bump.outputs['report-path']!, 'utf8')) as { models: { baseline: { model: string; from: unknown } } };
    expect(report.models.baseline).toMatchObject({ model: 'base-model', from: { ref: first, commit: first } });
    expect(gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN)[0]!.body).toContain('❌');

    const second = git(dir, 'rev-parse', 'HEAD');
    await writeFile(join(dir, 'README.md'), 'docs only\n');
    git(dir, 'add', 'README.md');
    git(dir, 'commit', '-q', '-m', 'docs');
    const before = models.requests;
    const docs = await runAction(dir, gh, { 'api-key': KEY }, { baseSha: second }, 2);
    expect(docs.code).toBe(0);
    expect(docs.outputs.verdict).toBe('skipped');
    expect(models.requests).toBe(before);
    const ours = gh.commentsOn(7).filter((c) => c.user.login === BOT_LOGIN);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('skipped: nothing to gate: the candidate (cand-model');
    expect(docs.summary).toContain('skipped: nothing to gate');

    // A merge queue's run: the baseline is read at the queue's base commit.
    const runner = await actionsRunner({
      workspace: dir,
      apiUrl: gh.url,
      inputs: { 'github-token': 'ghs_installation', config: 'llm-gate.yml', 'api-key': KEY },
      eventName: 'merge_group',
      event: { merge_group: { base_sha: second, head_sha: git(dir, 'rev-parse', 'HEAD'), base_ref: 'refs/heads/main' } },
    });
    dirs.push(runner.dir);
    const queued = await runBundle({ bundle: 'action', cwd: dir, env: runner.env });
    expect(queued.code).toBe(0);
    expect((await runner.results()).outputs.verdict).toBe('skipped');
    expect(models.requests).toBe(before);
  });
});
