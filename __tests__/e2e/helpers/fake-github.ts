// A fake GitHub REST API on 127.0.0.1, faithful enough that @actions/github's octokit runs
// against it unchanged: issue comments (list with per_page/page and Link headers, create,
// get, update, delete), GET /user and GraphQL's `viewer { login }`, with GitHub's status
// codes and JSON error bodies.
// It shares no code with llm-gate, so tests that use it check the real wire behaviour.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An installation token acts as `login` (default github-actions[bot], the GITHUB_TOKEN; an App's
 * is `<slug>[bot]`); GET /user answers it 403, GraphQL's viewer names it.
 */
export type FakeIdentity = { kind: 'installation'; login?: string } | { kind: 'user'; login: string };

export interface FakeMode {
  /** `read-only`: writes answer 403 as for a fork PR's token; `hidden`: every comment call 404s. */
  comments: 'ok' | 'read-only' | 'hidden' | 'server-error';
  /** `missing`: POST /graphql 404s, as behind a proxy that only passes REST. */
  graphql: 'ok' | 'missing';
}

export interface SeedComment {
  /** `owner/name`; defaults to the server's `repository`. */
  repository?: string;
  issueNumber: number;
  login: string;
  type?: 'User' | 'Bot';
  body: string;
}

export interface FakeComment {
  id: number;
  repository: string;
  issueNumber: number;
  body: string;
  user: { login: string; id: number; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The login the token maps to, `anonymous` without one, `invalid` for an unknown token. */
  login: string;
  status: number;
  body?: unknown;
}

/**
 * A scripted answer for the next matching request(s), before any routing: how GitHub fails
 * in ways no mode covers (a 500 that clears, a secondary rate limit, a 422 with errors[]).
 */
export interface ScriptedFailure {
  /** Default: any method. */
  method?: string;
  /** Matched against the path (no query); default: any. */
  path?: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get this answer. Default 1; Infinity for a failure that persists. */
  times?: number;
}

/** GitHub's answers for the failures the sticky comment must survive, as it sends them. */
export const failures = {
  serverError: (times = 1, path = /\/comments/): ScriptedFailure => ({ path, status: 500, body: { message: 'Server Error' }, times }),
  /** retry-after in seconds, as GitHub sends it with a secondary rate limit. */
  secondaryRateLimit: (retryAfterS: number, times = 1, path = /\/comments/): ScriptedFailure => ({
    path,
    status: 403,
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:3B1E:1C5A2F:3A0B7C:677B9A10.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
    headers: { 'retry-after': String(retryAfterS) },
    times,
  }),
  validationFailed: (errors: unknown[], method = 'POST', times = Infinity): ScriptedFailure => ({
    method,
    path: /\/comments/,
    status: 422,
    body: { message: 'Validation Failed', errors, documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '422' },
    times,
  }),
};

export interface FakeGitHubOptions {
  /** Token → identity. Default: `ghs_installation` is an installation token, `ghp_octocat` is octocat's PAT. */
  tokens?: Record<string, FakeIdentity>;
  repository?: string;
  seed?: SeedComment[];
  mode?: Partial<FakeMode>;
  /** Answered in order, each to the next request(s) it matches. */
  script?: ScriptedFailure[];
}

export interface FakeGitHub {
  /** Use as GITHUB_API_URL / octokit baseUrl. */
  url: string;
  /** Live: every comment on every issue, oldest first. */
  comments: FakeComment[];
  requests: LoggedRequest[];
  /** Mutable, takes effect on the next request. */
  mode: FakeMode;
  /** Queues more scripted failures. */
  script(...failures: ScriptedFailure[]): void;
  commentsOn(issueNumber: number, repository?: string): FakeComment[];
  close(): Promise<void>;
}

export const BOT_LOGIN = 'github-actions[bot]';
const BOT_USER_ID = 41898282;
const HTML_BASE = 'https://github.com';
const EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);
const DEFAULT_TOKENS: Record<string, FakeIdentity> = {
  ghs_installation: { kind: 'installation' },
  ghp_octocat: { kind: 'user', login: 'octocat' },
};

interface State {
  url: string;
  tokens: Record<string, FakeIdentity>;
  comments: FakeComment[];
  requests: LoggedRequest[];
  mode: FakeMode;
  script: ScriptedFailure[];
  nextId: number;
  tick: number;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repository = options.repository ?? 'acme/widgets';
  const state: State = {
    url: '',
    tokens: options.tokens ?? DEFAULT_TOKENS,
    comments: [],
    requests: [],
    mode: { comments: 'ok', graphql: 'ok', ...options.mode },
    script: (options.script ?? []).map((f) => ({ ...f })),
    nextId: 1_000_001,
    tick: 0,
  };
  for (const s of options.seed ?? []) {
    addComment(state, s.repository ?? repository, s.issueNumber, { login: s.login, type: s.type ?? 'User' }, s.body);
  }
  const server = createServer((req, res) => {
    void handle(state, req, res).catch((err: unknown) => send(res, 500, { message: String(err) }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: state.url,
    comments: state.comments,
    requests: state.requests,
    mode: state.mode,
    script: (...more) => void state.script.push(...more.map((f) => ({ ...f }))),
    commentsOn: (n, repo = repository) => state.comments.filter((c) => c.issueNumber === n && c.repository === repo),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function clock(state: State): string {
  state.tick++;
  return new Date(EPOCH + state.tick * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function userId(login: string): number {
  if (login === BOT_LOGIN) return BOT_USER_ID;
  let h = 7;
  for (const ch of login) h = (h * 31 + ch.charCodeAt(0)) % 90_000_000;
  return 1_000_000 + h;
}

function addComment(state: State, repository: string, issueNumber: number, who: { login: string; type: 'User' | 'Bot' }, body: string): FakeComment {
  const at = clock(state);
  const comment: FakeComment = {
    id: state.nextId++,
    repository,
    issueNumber,
    body,
    user: { login: who.login, id: userId(who.login), type: who.type },
    created_at: at,
    updated_at: at,
  };
  state.comments.push(comment);
  return comment;
}

/** The JSON GitHub returns for an issue comment. */
function wire(state: State, c: FakeComment): Record<string, unknown> {
  const bot = c.user.type === 'Bot';
  return {
    url: `${state.url}/repos/${c.repository}/issues/comments/${c.id}`,
    html_url: `${HTML_BASE}/${c.repository}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${state.url}/repos/${c.repository}/issues/${c.issueNumber}`,
    id: c.id,
    node_id: `IC_kwDO${Buffer.from(String(c.id)).toString('base64url')}`,
    user: { login: c.user.login, id: c.user.id, node_id: `U_${c.user.id}`, type: c.user.type, site_admin: false },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: bot ? 'NONE' : 'CONTRIBUTOR',
    body: c.body,
    performed_via_github_app: bot ? appOf(c.user.login) : null,
  };
}

function appOf(login: string): Record<string, unknown> {
  if (login === BOT_LOGIN) return { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };
  const slug = login.replace(/\[bot\]$/, '');
  return { id: 100_000 + (userId(login) % 900_000), slug, name: slug };
}

function errorBody(status: number, message: string, docs = 'https://docs.github.com/rest'): Record<string, unknown> {
  return { message, documentation_url: docs, status: String(status) };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...headers,
  });
  res.end(text);
}

type Who = { login: string; type: 'User' | 'Bot'; installation: boolean } | 'anonymous' | 'invalid';

function authenticate(state: State, header: string | undefined): Who {
  if (!header) return 'anonymous';
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  const identity = match ? state.tokens[match[1]!] : undefined;
  if (!identity) return 'invalid';
  if (identity.kind === 'installation') return { login: identity.login ?? BOT_LOGIN, type: 'Bot', installation: true };
  return { login: identity.login, type: 'User', installation: false };
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', state.url);
  const method = req.method ?? 'GET';
  const who = authenticate(state, req.headers.authorization);
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch {
    body = raw;
  }
  const reply = (status: number, payload: unknown, headers?: Record<string, string>): void => {
    state.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      login: typeof who === 'string' ? who : who.login,
      status,
      ...(body === undefined ? {} : { body }),
    });
    send(res, status, payload, headers);
  };
  const scripted = state.script.find((f) => (f.method === undefined || f.method === method) && (f.path === undefined || f.path.test(url.pathname)));
  if (scripted) {
    scripted.times = (scripted.times ?? 1) - 1;
    if (scripted.times <= 0) state.script.splice(state.script.indexOf(scripted), 1);
    return reply(scripted.status, scripted.body, scripted.headers);
  }
  route(state, method, url, who, body, reply);
}

type Reply = (status: number, payload: unknown, headers?: Record<string, string>) => void;

function route(state: State, method: string, url: URL, who: Who, body: unknown, reply: Reply): void {
  if (who === 'invalid') return reply(401, errorBody(401, 'Bad credentials'));
  if (method === 'GET' && url.pathname === '/user') {
    if (who === 'anonymous') return reply(401, errorBody(401, 'Requires authentication', 'https://docs.github.com/rest/users/users#get-the-authenticated-user'));
    if (who.installation) {
      return reply(403, errorBody(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/users/users#get-the-authenticated-user'));
    }
    return reply(200, { login: who.login, id: userId(who.login), node_id: `U_${userId(who.login)}`, type: who.type, site_admin: false });
  }
  if (method === 'POST' && url.pathname === '/graphql') return graphql(state, who, body, reply);
  const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
  const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
  if (!list && !one) return reply(404, errorBody(404, 'Not Found'));
  const mode = state.mode.comments;
  if (mode === 'hidden') return reply(404, errorBody(404, 'Not Found', 'https://docs.github.com/rest/issues/comments'));
  if (mode === 'server-error') return reply(502, errorBody(502, 'Server Error'));
  const writing = method !== 'GET';
  if (writing && who === 'anonymous') return reply(401, errorBody(401, 'Requires authentication'));
  if (writing && mode === 'read-only') {
    return reply(403, errorBody(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments'));
  }
  if (list) {
    const repository = `${list[1]}/${list[2]}`;
    const issueNumber = Number(list[3]);
    if (method === 'GET') return listComments(state, url, repository, issueNumber, reply);
    if (method !== 'POST') return reply(404, errorBody(404, 'Not Found'));
    const invalid = validateBody(body);
    if (invalid) return reply(422, invalid);
    const author = who as Exclude<Who, string>;
    const created = addComment(state, repository, issueNumber, author, (body as { body: string }).body);
    const location = `${state.url}/repos/${repository}/issues/comments/${created.id}`;
    return reply(201, wire(state, created), { location });
  }
  const repository = `${one![1]}/${one![2]}`;
  const comment = state.comments.find((c) => c.id === Number(one![3]) && c.repository === repository);
  if (!comment) return reply(404, errorBody(404, 'Not Found', 'https://docs.github.com/rest/issues/comments'));
  if (method === 'GET') return reply(200, wire(state, comment));
  if (method === 'DELETE') {
    state.comments.splice(state.comments.indexOf(comment), 1);
    return reply(204, undefined);
  }
  if (method !== 'PATCH') return reply(404, errorBody(404, 'Not Found'));
  const invalid = validateBody(body);
  if (invalid) return reply(422, invalid);
  comment.body = (body as { body: string }).body;
  comment.updated_at = clock(state);
  return reply(200, wire(state, comment));
}

/** Only `viewer { login }`; anything else gets GraphQL's error shape (HTTP 200 with errors). */
function graphql(state: State, who: Who, body: unknown, reply: Reply): void {
  if (state.mode.graphql === 'missing') return reply(404, errorBody(404, 'Not Found'));
  if (who === 'anonymous' || who === 'invalid') return reply(401, errorBody(401, 'This endpoint requires you to be authenticated.'));
  const query = String((body as { query?: unknown } | undefined)?.query ?? '').replace(/\s+/g, ' ').trim();
  if (!/^(query\s*)?\{ ?viewer ?\{ ?login ?\} ?\}$/.test(query)) {
    return reply(200, { errors: [{ message: `fake GitHub: unsupported query: ${query}` }] });
  }
  return reply(200, { data: { viewer: { login: who.login } } });
}

function validateBody(body: unknown): Record<string, unknown> | undefined {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string') return errorBody(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
  if (text.length > 65_536) {
    return {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '422',
    };
  }
  return undefined;
}

/** GitHub's pagination: per_page 1–100 (default 30), page from 1, Link with first/prev/next/last. */
function listComments(state: State, url: URL, repository: string, issueNumber: number, reply: Reply): void {
  const all = state.comments.filter((c) => c.repository === repository && c.issueNumber === issueNumber);
  const perPage = Math.min(100, Math.max(1, Math.trunc(Number(url.searchParams.get('per_page') ?? 30)) || 30));
  const page = Math.max(1, Math.trunc(Number(url.searchParams.get('page') ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage).map((c) => wire(state, c));
  const link = (p: number, rel: string): string => {
    const target = new URL(url.pathname, state.url);
    for (const [k, v] of url.searchParams) if (k !== 'page') target.searchParams.set(k, v);
    target.searchParams.set('page', String(p));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  reply(200, items, links.length ? { link: links.join(', ') } : {});
}
