// Renders a markdown report to a PNG, close to how a GitHub PR comment shows it: headings,
// tables, paragraphs, lists, quotes, code, the report's own <details> blocks, and its
// ```mermaid blocks drawn by the mermaid package's browser bundle. Headless Chromium takes
// the screenshot, as tall as the page.
//
//   node scripts/readme-image.mjs report.md report.png [--width 1000] [--html page.html]
//
// Needs Debian's `chromium` and, for the verdict emoji, a colour emoji font
// (apt-get install chromium fonts-noto-color-emoji), and `npm install` (mermaid is a
// devDependency). Fails when a chart does not render, so a broken chart never reaches an image.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const MERMAID = join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const MAX_HEIGHT = 20_000;
// Time the page may take to lay out and draw the charts (virtual time: no real wait when idle).
const RENDER_BUDGET_MS = 20_000;

// The raw HTML the report writes itself; any other tag is shown as text, as GitHub's sanitiser would drop it.
const OWN_TAGS = new Set(['details', 'summary', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'code', 'br', 'b', 'i', 'sub', 'sup']);

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function isOwnHtml(line) {
  const tags = [...line.matchAll(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => m[1].toLowerCase());
  return /^\s*</.test(line) && tags.length > 0 && tags.every((t) => OWN_TAGS.has(t));
}

/** Inline markdown: backslash escapes, code spans, bold, italics, links; everything else escaped. */
function inline(text) {
  const held = [];
  const hold = (html) => `\u{F0000}${held.push(html) - 1}\u{F0001}`;
  let out = text
    // Code spans first: nothing inside them is markdown. One space each side is padding.
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, body) => hold(`<code>${escapeHtml(body.replace(/^ (.*) $/s, '$1'))}</code>`))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c) => hold(escapeHtml(c)));
  // The report's own inline HTML (<code>…</code> in a summary) stays; other tags become text.
  out = out.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name) => (OWN_TAGS.has(name.toLowerCase()) ? hold(tag) : tag));
  out = escapeHtml(out)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`)
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, '$1<em>$2</em>')
    .replace(/(^|[^*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, '$1<em>$2</em>');
  return out.replace(/\u{F0000}(\d+)\u{F0001}/gu, (_, i) => held[Number(i)]);
}

/** Table cells: split on pipes that are not escaped. */
function cells(line) {
  const body = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.trim());
}

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** Block markdown → HTML. Single newlines inside a paragraph break the line, as in a GitHub comment. */
function blocks(lines) {
  const html = [];
  let i = 0;
  const blank = (line) => line === undefined || line.trim() === '';
  while (i < lines.length) {
    const line = lines[i];
    if (blank(line)) {
      i++;
      continue;
    }
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/.exec(line);
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}\\s*$`);
      const body = [];
      for (i++; i < lines.length && !close.test(lines[i]); i++) body.push(lines[i]);
      i++;
      const text = escapeHtml(body.join('\n'));
      html.push(fence[2] === 'mermaid' ? `<pre class="mermaid">${text}</pre>` : `<pre><code>${text}</code></pre>`);
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      while (i < lines.length && !lines[i].includes('-->')) i++;
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      html.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
      i++;
      continue;
    }
    if (line.trimStart().startsWith('|') && DELIMITER_ROW.test(lines[i + 1] ?? '')) {
      const align = cells(lines[i + 1]).map((c) => (c.endsWith(':') ? (c.startsWith(':') ? 'center' : 'right') : 'left'));
      const row = (l, tag) => `<tr>${cells(l).map((c, k) => `<${tag} style="text-align:${align[k] ?? 'left'}">${inline(c.replace(/\\\|/g, '|'))}</${tag}>`).join('')}</tr>`;
      const rows = [`<thead>${row(line, 'th')}</thead><tbody>`];
      for (i += 2; i < lines.length && lines[i].trimStart().startsWith('|'); i++) rows.push(row(lines[i], 'td'));
      html.push(`<table>${rows.join('')}</tbody></table>`);
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted = [];
      for (; i < lines.length && /^\s*>/.test(lines[i]); i++) quoted.push(lines[i].replace(/^\s*> ?/, ''));
      html.push(`<blockquote>${blocks(quoted)}</blockquote>`);
      continue;
    }
    if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items = [];
      for (; i < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[i]); i++) items.push(`<li>${inline(lines[i].replace(/^\s*([-*]|\d+\.)\s+/, ''))}</li>`);
      html.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
      continue;
    }
    if (isOwnHtml(line)) {
      // An HTML block runs to the next blank line (CommonMark), each line kept as written.
      for (; !blank(lines[i]); i++) html.push(isOwnHtml(lines[i]) ? lines[i] : inline(lines[i]));
      continue;
    }
    const para = [];
    for (; !blank(lines[i]) && !/^(#{1,6}\s|\s*>|\s*\||\s*```)/.test(lines[i]); i++) para.push(inline(lines[i]));
    html.push(`<p>${para.join('<br>\n')}</p>`);
  }
  return html.join('\n');
}

const STYLE = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { box-sizing: border-box; padding: 16px 24px; }
h1, h2, h3, h4, h5, h6 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h1 { font-size: 2em; } h2 { font-size: 1.5em; } h3 { font-size: 1.25em; } h4 { font-size: 1em; }
p, table, pre, blockquote, ul, ol, details { margin: 0 0 16px; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
th { font-weight: 600; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: #818b981f; border-radius: 6px; }
pre { padding: 16px; overflow: auto; background: #f6f8fa; border-radius: 6px; font: 85%/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
pre code { padding: 0; background: none; font-size: 100%; }
pre.mermaid { background: none; padding: 0; text-align: center; }
blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
summary { cursor: pointer; }
a { color: #0969da; text-decoration: none; }
`;

function page(markdown, mermaidSource) {
  const body = blocks(markdown.replace(/\r\n?/g, '\n').split('\n'));
  // The bundle is inlined: a file:// page may not be allowed to load another file.
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>${STYLE}</style>
<script>${mermaidSource.replace(/<\/script/gi, '<\\/script')}</script></head>
<body><main>
${body}
</main>
<script>
(async () => {
  const charts = document.querySelectorAll('pre.mermaid');
  let failed = 0;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
  for (const chart of charts) {
    try { await mermaid.run({ nodes: [chart] }); } catch { failed++; }
  }
  document.body.dataset.failed = String(failed + document.querySelectorAll('pre.mermaid:not([data-processed])').length);
  document.body.dataset.height = String(Math.ceil(document.querySelector('main').getBoundingClientRect().height));
  document.body.dataset.done = 'yes';
})();
</script></body></html>
`;
}

function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error('no chromium on PATH: install it (Debian: apt-get install chromium)');
}

function chromium(binary, profile, args) {
  const flags = [
    '--headless',
    '--disable-gpu',
    '--hide-scrollbars',
    '--no-first-run',
    '--disable-extensions',
    `--user-data-dir=${profile}`,
    `--virtual-time-budget=${RENDER_BUDGET_MS}`,
    // Chromium's sandbox refuses to start as root (containers, CI).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  return execFileSync(binary, [...flags, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function main(argv) {
  const valued = ['--width', '--html'];
  const positional = argv.filter((a, k) => !a.startsWith('--') && !valued.includes(argv[k - 1]));
  const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const width = Number(option('--width') ?? 1000);
  const keepHtml = option('--html');
  if (positional.length !== 2 || !Number.isInteger(width) || width < 200 || argv.filter((a) => a.startsWith('--') && !valued.includes(a)).length > 0) {
    throw new Error('usage: node scripts/readme-image.mjs <report.md> <out.png> [--width 1000] [--html page.html]');
  }
  const [input, output] = positional.map((p) => resolve(p));
  if (!existsSync(MERMAID)) throw new Error(`${MERMAID} is missing: run npm install (mermaid is a devDependency)`);
  const binary = findChromium();
  const dir = mkdtempSync(join(tmpdir(), 'llm-gate-readme-image-'));
  try {
    const html = join(dir, 'page.html');
    writeFileSync(html, page(readFileSync(input, 'utf8'), readFileSync(MERMAID, 'utf8')));
    // The page itself, to open in a browser when a chart looks wrong.
    if (keepHtml !== undefined) writeFileSync(resolve(keepHtml), readFileSync(html));
    // First pass: lay out and draw, then read the page's height and the charts that failed.
    const dom = chromium(binary, join(dir, 'profile'), [`--window-size=${width},1000`, '--dump-dom', html]);
    // The inlined bundle has "<body" in its text too: the page's own tag is the one marked done.
    const body = /<body[^>]*\bdata-done="yes"[^>]*>/.exec(dom)?.[0];
    if (body === undefined) throw new Error('the page did not finish drawing its charts in time');
    const data = (name) => new RegExp(`data-${name}="([^"]*)"`).exec(body)?.[1];
    if (data('failed') !== '0') throw new Error(`${data('failed')} mermaid chart(s) did not render`);
    const height = Math.min(MAX_HEIGHT, Math.max(200, Number(data('height'))));
    chromium(binary, join(dir, 'profile'), [`--window-size=${width},${height}`, `--screenshot=${output}`, html]);
    if (!existsSync(output)) throw new Error(`chromium wrote no ${output}`);
    console.log(`wrote ${output} (${width}×${height})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(`readme-image: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
