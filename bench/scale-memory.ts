// Where the gate's memory goes at scale: a diagnostic for bench/scale.ts, not a benchmark with
// floors. `node build-bench/bench/scale-memory.js DIR` on a project a scale run kept
// (`node build-bench/bench/scale.js --only run --keep`: DIR holds llm-gate.yml, the eval set
// and the run's report.json). Each step runs in a fresh process of its own (node --expose-gc),
// on the main thread, with the gate's own code from src/:
//   load      loadGate (config + whole eval set, what the CLI's main thread preloads, then posts
//             to the worker): retained heap, heap high-water, peak RSS, the structured clone's size;
//   report    the report.json of the run as an object (what the worker builds and posts to the
//             main thread): retained heap, the clone's size;
//   emit      what emitOutcome (src/cli/run.ts) does with it: renderMarkdown (maxChars Infinity,
//             even under --quiet), JSON.stringify(report, null, 2), the redaction pass, writeFile.
//   merge     on a project a merge run kept (`--only merge --keep`: p1.json … pN.json), the steps
//             of merge() in src/gate.ts one by one, each timed, with the heap it leaves retained.
// Peak RSS of a step = the process's maxRSS after it − maxRSS before it (node and the imports).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getHeapStatistics, serialize } from 'node:v8';
import { loadGate } from '../src/load.js';
import { callKey } from '../src/cache/index.js';
import { compare, DEFAULT_STATISTICS, lookLevels, lookPoints } from '../src/compare/index.js';
import { loadConfig, loadEvalSet } from '../src/config/index.js';
import { buildReport, renderMarkdown, reportRecord } from '../src/report/index.js';
import { readReportFile } from '../src/report/read.js';
import { createMerge } from '../src/shard/index.js';
import { messagesFor } from '../src/types.js';
import type { GateReport } from '../src/report/types.js';
import { createRedactor } from '../src/shell/redact.js';

const MB = 1024 * 1024;
const [dirArg, step] = process.argv.slice(2);
if (!dirArg) {
  console.error('usage: node build-bench/bench/scale-memory.js DIR [load|report|emit]');
  process.exit(2);
}
const dir = resolve(dirArg);

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = (): number => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const fmt = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/** Samples the heap while `work` runs, so a step's transient high-water mark shows. */
async function measured<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; retained: number; heapPeak: number; rssPeak: number }> {
  const before = heapUsed();
  const rssBefore = maxRss();
  let heapPeak = 0;
  const timer = setInterval(() => (heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size)), 20);
  const t = performance.now();
  const value = await work();
  const ms = performance.now() - t;
  clearInterval(timer);
  heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  return { value, ms, retained: heapUsed() - before, heapPeak: heapPeak - before, rssPeak: maxRss() - rssBefore };
}

if (step === undefined) {
  // The driver: each step in a process of its own, so one step's heap growth does not hide the next's.
  const steps = existsSync(join(dir, 'p1.json')) ? ['merge'] : ['load', 'report', 'emit'];
  for (const s of steps) {
    const r = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, dir, s], { stdio: 'inherit', timeout: 5 * 60_000 });
    if (r.status !== 0) process.exitCode = 1;
  }
} else if (step === 'load') {
  const m = await measured(() => loadGate({ configPath: 'llm-gate.yml', cwd: dir, env: { BENCH_KEY: 'bench', PATH: process.env.PATH } }));
  const cases = m.value.evalSet.cases.length;
  const clone = serialize(m.value).byteLength;
  console.log(`load (${cases.toLocaleString('en-US')} cases): ${m.ms.toFixed(0)} ms; retained ${fmt(m.retained)} (${(m.retained / cases).toFixed(0)} B per case), heap high-water +${fmt(m.heapPeak)}, peak RSS +${fmt(m.rssPeak)}; structured clone ${fmt(clone)}`);
} else if (step === 'report') {
  const text = await readFile(join(dir, 'report.json'), 'utf8');
  const m = await measured(() => JSON.parse(text) as GateReport);
  const report = m.value;
  const part = (value: unknown): string => fmt(serialize(value).byteLength);
  console.log(
    `report (${report.cases.length.toLocaleString('en-US')} cases, ${(report.records ?? []).length.toLocaleString('en-US')} records): retained ${fmt(m.retained)}; ` +
      `structured clone ${part(report)} (cases ${part(report.cases)}, records ${part(report.records ?? [])}); the file ${fmt(Buffer.byteLength(text))}`,
  );
} else if (step === 'emit') {
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as GateReport;
  // The CLI redacts every secret of its environment; the benchmark's key is one (text.includes finds it nowhere).
  const redact = createRedactor(['sk-bench-not-in-the-text']);
  const md = await measured(() => renderMarkdown(report, { footer: '', maxChars: Infinity }).length);
  const json = await measured(async () => {
    const out = join(dir, 'emit-test.json');
    await writeFile(out, redact(`${JSON.stringify(report, null, 2)}\n`));
    await rm(out);
    return 0;
  });
  console.log(
    `emit: renderMarkdown ${md.ms.toFixed(0)} ms (${(md.value / 1e6).toFixed(1)} M chars), heap high-water +${fmt(md.heapPeak)}, peak RSS +${fmt(md.rssPeak)}; ` +
      `JSON.stringify + redact + writeFile ${json.ms.toFixed(0)} ms, heap high-water +${fmt(json.heapPeak)}, peak RSS +${fmt(json.rssPeak)}`,
  );
} else if (step === 'merge') {
  // merge() of src/gate.ts, step by step; `held` keeps what merge() still holds at that point.
  const files = readdirSync(dir).filter((f) => /^p\d+\.json$/.test(f)).sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)));
  const env = { BENCH_KEY: 'bench', PATH: process.env.PATH };
  const rss0 = maxRss();
  const base = heapUsed();
  const lines: string[] = [];
  const stepOf = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const m = await measured(work);
    lines.push(`| ${name} | ${m.ms.toFixed(0)} ms | ${fmt(heapUsed() - base)} | +${fmt(m.heapPeak)} | ${fmt(maxRss() - rss0)} |`);
    return m.value;
  };
  const config = await stepOf('loadConfig', () => loadConfig('llm-gate.yml', { cwd: dir, env }));
  const evalSet = await stepOf(`loadEvalSet (${files.length} partials' set)`, () => loadEvalSet(config, { cwd: dir, env }));
  const merging = createMerge(evalSet);
  await stepOf(`readReportFile + merge.add × ${files.length} (JSON.parse + zod, one partial at a time)`, async () => {
    for (const file of files) merging.add({ file, report: await readReportFile(join(dir, file), file) });
  });
  const merged = await stepOf('merge.finish', () => merging.finish());
  const { graded } = merged;
  const sequential = config.run.sequential !== false ? lookPoints(evalSet.cases.length).length : 0;
  const comparison = await stepOf('compare', () =>
    compare({ config, graded, records: merged.records, judgeRecords: merged.judgeRecords, incomplete: merged.incomplete, seed: evalSet.contentHash, statistics: lookLevels(DEFAULT_STATISTICS, sequential, true) }),
  );
  const records = await stepOf('keyedRecords (a callKey per record: canonical JSON + sha256)', () => {
    const byId = new Map(evalSet.cases.map((c) => [c.id, c]));
    const shown = new Set<string>();
    return merged.records.map((r) => {
      const c = byId.get(r.caseId);
      const side = r.side === 'judge' ? undefined : r.side;
      const slot = `${r.caseId}\u0000${r.side}`;
      const first = !shown.has(slot);
      shown.add(slot);
      return reportRecord(r, c && side ? callKey(config.models[side], { messages: messagesFor(c, side), repeat: r.repeat }) : undefined, first);
    });
  });
  const report = await stepOf('buildReport', () =>
    buildReport({ config, evalSet, comparison, graded, run: { durationMs: 0, notes: [] }, records, merged: { shards: merged.count, cases: evalSet.cases.length } }),
  );
  const text = await stepOf('JSON.stringify(report, null, 2)', () => JSON.stringify(report, null, 2));
  await stepOf('Buffer.from(text) (what writeFile does)', () => Buffer.byteLength(Buffer.from(text)));
  console.log(`merge of ${files.length} partials, ${evalSet.cases.length.toLocaleString('en-US')} cases, on the main thread (as the CLI runs it):`);
  console.log('| step | time | heap retained after it (cumulative) | heap high-water during it | peak RSS so far (over node + imports) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const l of lines) console.log(l);
  console.log(`(the JSON: ${fmt(text.length)})`);
} else {
  console.error(`unknown step ${step}`);
  process.exit(2);
}
