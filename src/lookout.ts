// The gate's sequential looks. While the run sends calls, the lookout watches the cases in
// the order they are sent; when the first n at a planned point (compare/sequential.ts) are
// all answered, it grades them, compares them at that look's levels, and, if the verdict is
// decided (fail, or pass on every check), tells the run to stop sending. Grades are kept, so
// no case is graded (or judged) twice.
import { lookLevels, lookPoints } from './compare/sequential.js';
import type { Comparison } from './compare/index.js';
import type { CallFn, CallRecord, EvalCase, EvalSet, GateConfig, GradedCase } from './types.js';

/**
 * The graders and the comparison, loaded when the first look needs them: a run starts its
 * calls without waiting for code that runs only once answers are in.
 */
const analysis = async () => {
  const [{ gradeCases }, { compare, DEFAULT_STATISTICS }] = await Promise.all([import('./grade/index.js'), import('./compare/index.js')]);
  return { gradeCases, compare, DEFAULT_STATISTICS };
};

export interface Look {
  /** Cases the look judged: the first n sent. */
  cases: number;
  verdict: Comparison['verdict'];
}

export interface SequentialSummary {
  /** Planned interim looks (case counts); empty when the set is too small or sequential is off. */
  plan: number[];
  looks: Look[];
  /** The look that decided, when one did. */
  decidedAt?: Look;
}

export interface Lookout {
  /** Give it every record as the run makes it. */
  record(record: CallRecord): void;
  /** Aborted once a look has decided: the run sends no new call. */
  readonly drain: AbortSignal;
  /** Waits for a look in progress. */
  settled(): Promise<void>;
  /** Grades of the cases graded so far, by id. */
  readonly graded: ReadonlyMap<string, GradedCase>;
  summary(): SequentialSummary;
  /** The first n cases sent, in eval-set order: what a look at n judges. */
  lookCases(n: number): EvalCase[];
}

export interface LookoutOptions {
  config: GateConfig;
  evalSet: EvalSet;
  /** Case indices in the order they are sent. */
  order: readonly number[];
  judge?: CallFn;
  judgeRecords: CallRecord[];
  judgeLimit?: () => number;
  signal?: AbortSignal;
  enabled: boolean;
}

export function createLookout(opts: LookoutOptions): Lookout {
  const cases = opts.evalSet.cases;
  const perCase = 2 * opts.config.run.repeats;
  const plan = opts.enabled ? lookPoints(cases.length) : [];
  const drain = new AbortController();
  const graded = new Map<string, GradedCase>();
  const byCase = new Map<string, CallRecord[]>();
  const position = new Map(opts.order.map((caseIndex, p) => [cases[caseIndex]!.id, p]));
  const answered = new Array<boolean>(cases.length).fill(false);
  const looks: Look[] = [];
  let decidedAt: Look | undefined;
  let prefix = 0;
  let nextLook = 0;
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const lookCases = (n: number): EvalCase[] => {
    const chosen = new Set(opts.order.slice(0, n));
    return cases.filter((_, i) => chosen.has(i));
  };

  const look = async (n: number): Promise<void> => {
    const subset = lookCases(n);
    const records = subset.flatMap((c) => byCase.get(c.id) ?? []);
    await gradeNew(subset, records);
    if (opts.signal?.aborted) return;
    const { compare, DEFAULT_STATISTICS } = await analysis();
    const comparison = compare({
      config: opts.config,
      graded: subset.map((c) => graded.get(c.id)!),
      records,
      judgeRecords: opts.judgeRecords,
      seed: opts.evalSet.contentHash,
      statistics: lookLevels(DEFAULT_STATISTICS, plan.length, false),
    });
    const result: Look = { cases: n, verdict: comparison.verdict };
    looks.push(result);
    if (comparison.verdict === 'fail' || comparison.verdict === 'pass') {
      decidedAt = result;
      drain.abort();
    }
  };

  const gradeNew = async (subset: EvalCase[], records: CallRecord[]): Promise<void> => {
    const fresh = subset.filter((c) => !graded.has(c.id));
    if (fresh.length === 0) return;
    const ids = new Set(fresh.map((c) => c.id));
    const { gradeCases } = await analysis();
    const result = await gradeCases({
      cases: fresh,
      records: records.filter((r) => ids.has(r.caseId)),
      judge: opts.judge,
      concurrency: opts.config.run.concurrency,
      judgeLimit: opts.judgeLimit,
      signal: opts.signal,
    });
    for (const g of result) graded.set(g.case.id, g);
  };

  const maybeLook = (): void => {
    if (busy || decidedAt || nextLook >= plan.length || prefix < plan[nextLook]!) return;
    const n = plan[nextLook++]!;
    busy = true;
    running = look(n).finally(() => {
      busy = false;
      maybeLook();
    });
  };

  return {
    drain: drain.signal,
    graded,
    record(record) {
      if (plan.length === 0 || record.side === 'judge') return;
      const list = byCase.get(record.caseId);
      if (list) list.push(record);
      else byCase.set(record.caseId, [record]);
      if ((list?.length ?? 1) < perCase) return;
      const p = position.get(record.caseId);
      if (p === undefined) return;
      answered[p] = true;
      while (prefix < answered.length && answered[prefix]) prefix++;
      maybeLook();
    },
    async settled() {
      // A look may schedule the next one as it ends; wait until none is running.
      for (;;) {
        const current = running;
        await current;
        if (current === running && !busy) return;
      }
    },
    summary: () => ({ plan, looks: [...looks], ...(decidedAt ? { decidedAt } : {}) }),
    lookCases,
  };
}
