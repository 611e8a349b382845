export const id = 649;
export const ids = [649];
export const modules = {

/***/ 1649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: resolveApiKeys

// EXTERNAL MODULE: ./build/config/index.js + 23 modules
var build_config = __webpack_require__(7320);
// EXTERNAL MODULE: ./build/run/index.js + 18 modules
var run = __webpack_require__(5972);
// EXTERNAL MODULE: ./build/grade/index.js + 3 modules
var grade = __webpack_require__(1719);
// EXTERNAL MODULE: ./build/compare/index.js + 15 modules
var compare = __webpack_require__(4647);
// EXTERNAL MODULE: ./build/report/index.js + 9 modules
var build_report = __webpack_require__(822);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(7035);
// EXTERNAL MODULE: ./build/stats/rng.js
var rng = __webpack_require__(1523);
;// CONCATENATED MODULE: ./build/lookout.js
// The gate's sequential looks. While the run sends calls, the lookout watches the cases in
// the order they are sent; when the first n at a planned point (compare/sequential.ts) are
// all answered, it grades them, compares them at that look's levels, and, if the verdict is
// decided (fail, or pass on every check), tells the run to stop sending. Grades are kept, so
// no case is graded (or judged) twice.


function createLookout(opts) {
    const cases = opts.evalSet.cases;
    const perCase = 2 * opts.config.run.repeats;
    const plan = opts.enabled ? (0,compare/* lookPoints */.fT)(cases.length) : [];
    const drain = new AbortController();
    const graded = new Map();
    const byCase = new Map();
    const position = new Map(opts.order.map((caseIndex, p) => [cases[caseIndex].id, p]));
    const answered = new Array(cases.length).fill(false);
    const looks = [];
    let decidedAt;
    let prefix = 0;
    let nextLook = 0;
    let running = Promise.resolve();
    let busy = false;
    const look = async (n) => {
        const chosen = new Set(opts.order.slice(0, n));
        const subset = cases.filter((_, i) => chosen.has(i));
        const records = subset.flatMap((c) => byCase.get(c.id) ?? []);
        await gradeNew(subset, records);
        if (opts.signal?.aborted)
            return;
        const comparison = (0,compare/* compare */.UD)({
            config: opts.config,
            graded: subset.map((c) => graded.get(c.id)),
            records,
            judgeRecords: opts.judgeRecords,
            seed: opts.evalSet.contentHash,
            statistics: (0,compare/* lookLevels */.lU)(compare/* DEFAULT_STATISTICS */.kT, plan.length, false),
        });
        const result = { cases: n, verdict: comparison.verdict };
        looks.push(result);
        if (comparison.verdict === 'fail' || comparison.verdict === 'pass') {
            decidedAt = result;
            drain.abort();
        }
    };
    const gradeNew = async (subset, records) => {
        const fresh = subset.filter((c) => !graded.has(c.id));
        if (fresh.length === 0)
            return;
        const ids = new Set(fresh.map((c) => c.id));
        const result = await (0,grade/* gradeCases */.Px)({
            cases: fresh,
            records: records.filter((r) => ids.has(r.caseId)),
            judge: opts.judge,
            concurrency: opts.config.run.concurrency,
            judgeLimit: opts.judgeLimit,
            signal: opts.signal,
        });
        for (const g of result)
            graded.set(g.case.id, g);
    };
    const maybeLook = () => {
        if (busy || decidedAt || nextLook >= plan.length || prefix < plan[nextLook])
            return;
        const n = plan[nextLook++];
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
            if (plan.length === 0 || record.side === 'judge')
                return;
            const list = byCase.get(record.caseId);
            if (list)
                list.push(record);
            else
                byCase.set(record.caseId, [record]);
            if ((list?.length ?? 1) < perCase)
                return;
            const p = position.get(record.caseId);
            if (p === undefined)
                return;
            answered[p] = true;
            while (prefix < answered.length && answered[prefix])
                prefix++;
            maybeLook();
        },
        async settled() {
            // A look may schedule the next one as it ends; wait until none is running.
            for (;;) {
                const current = running;
                await current;
                if (current === running && !busy)
                    return;
            }
        },
        summary: () => ({ plan, looks: [...looks], ...(decidedAt ? { decidedAt } : {}) }),
    };
}
/** Cases every call of which came back: after a sequential stop, the only ones judged. */
function fullyAnswered(cases, records, repeats) {
    const count = new Map();
    for (const r of records)
        if (r.side !== 'judge')
            count.set(r.caseId, (count.get(r.caseId) ?? 0) + 1);
    return cases.filter((c) => (count.get(c.id) ?? 0) >= 2 * repeats);
}

;// CONCATENATED MODULE: ./build/gate.js
// The only orchestrator: config → cases → calls → grades → comparison → report.
// Shells (cli.ts, action.ts) turn their inputs into GateOptions and decide what to
// print and which exit code to use; nothing here reads process.env or argv.








/** Runs the gate end to end. Never throws for user-fixable problems: they come back as `error`. */
async function runGate(options) {
    try {
        return { status: 'done', ...(await gate(options)) };
    }
    catch (err) {
        if (err instanceof errors/* LlmGateError */.Z)
            return { status: 'error', error: err };
        throw err;
    }
}
async function gate(options) {
    const { cwd, env, signal } = options;
    const startedAt = new Date();
    const clock = options.clock ?? performance;
    const t0 = clock.now();
    options.onPhase?.('load');
    const config = await (0,build_config/* loadConfig */.Z9)(options.configPath, { cwd, env, overrides: options.overrides });
    const evalSet = await (0,build_config/* loadEvalSet */.fH)(config, { cwd, env, skipUnsupported: options.skipUnsupported ?? false });
    const keys = resolveApiKeys(config, env, options.defaultApiKey);
    const estimate = (0,run/* estimateRunCost */.$N)(evalSet.cases, config);
    options.onLoaded?.({ config, cases: evalSet.cases.length, apiKeys: [...new Set(Object.values(keys))], estimate, warnings: evalSet.warnings ?? [] });
    // One control for the whole run, judge included: the retry budget (so a degraded API
    // cannot start a retry storm) and the money ledger for run.budget. The models share its
    // adaptive concurrency; the judge gets its own below.
    const control = (0,run/* createRunControl */.dd)({ settings: config.run, clock });
    const callerFor = (role, model, adaptive = control.adaptive) => (0,run/* createCaller */.uF)({ role, model, apiKey: keys[role] ?? '', settings: config.run, clock, signal, control: { ...control, adaptive } });
    const callers = { baseline: callerFor('baseline', config.models.baseline), candidate: callerFor('candidate', config.models.candidate) };
    options.onPhase?.('run');
    const { baseline, candidate } = config.models;
    await (0,run/* warmUp */.lM)([baseline, candidate], {
        concurrency: config.run.concurrency,
        apiKeyFor: (model) => (model === baseline ? keys.baseline : keys.candidate),
        signal,
    });
    const judgeRecords = [];
    // The judge is another model, with its own rate limit: its own AIMD, sharing the run's
    // retry budget and money ledger. Sequential looks grade (and judge) while the run goes on.
    const judgeAdaptive = (0,run/* createAdaptiveConcurrency */.c_)({ max: config.run.concurrency, clock });
    const judgeCaller = config.judge ? callerFor('judge', config.judge, judgeAdaptive) : undefined;
    const judge = judgeCaller
        ? async (request, callSignal) => {
            const record = await judgeCaller(request, callSignal);
            judgeRecords.push(record);
            return record;
        }
        : undefined;
    // Cases go in a seeded, tag-stratified order only when the gate will look at a prefix of
    // them; otherwise in file order, as they always did.
    const sequentialOn = config.run.sequential !== false && (0,compare/* lookPoints */.fT)(evalSet.cases.length).length > 0;
    const order = sequentialOn ? (0,run/* dispatchOrder */.vl)(evalSet.cases, (0,rng/* seedFromHash */.QJ)(evalSet.contentHash)) : evalSet.cases.map((_, i) => i);
    const lookout = createLookout({
        config,
        evalSet,
        order,
        judge,
        judgeRecords,
        judgeLimit: () => judgeAdaptive.limit,
        signal,
        enabled: sequentialOn,
    });
    judgeAdaptive.start();
    let records;
    let graded;
    try {
        records = await (0,run/* runCases */.vm)({
            cases: evalSet.cases,
            callers,
            repeats: config.run.repeats,
            concurrency: config.run.concurrency,
            signal,
            control,
            order,
            drain: lookout.drain,
            onRecord: (record) => lookout.record(record),
            onProgress: options.onProgress,
        });
        await lookout.settled();
        options.onPhase?.('grade');
        // After a sequential stop only the cases answered in full are judged; the rest were
        // never needed. Without one, every case is, as it always was.
        const judged = lookout.drain.aborted ? fullyAnswered(evalSet.cases, records, config.run.repeats) : evalSet.cases;
        const ids = new Set(judged.map((c) => c.id));
        if (lookout.drain.aborted)
            records = records.filter((r) => ids.has(r.caseId));
        const fresh = judged.filter((c) => !lookout.graded.has(c.id));
        const freshIds = new Set(fresh.map((c) => c.id));
        const newlyGraded = await (0,grade/* gradeCases */.Px)({
            cases: fresh,
            records: records.filter((r) => freshIds.has(r.caseId)),
            judge,
            concurrency: config.run.concurrency,
            judgeLimit: () => judgeAdaptive.limit,
            signal,
        });
        const byId = new Map([...lookout.graded, ...newlyGraded.map((g) => [g.case.id, g])]);
        graded = judged.map((c) => byId.get(c.id));
    }
    finally {
        judgeAdaptive.end();
    }
    judgeRecords.sort(byCaseThenRepeat(evalSet.cases.map((c) => c.id)));
    options.onPhase?.('compare');
    const runSummary = control.summary();
    const sequential = lookout.summary();
    const incomplete = signal?.aborted === true || runSummary.stoppedForBudget || records.some((r) => r.error?.kind === 'cancelled');
    // A run stopped at a look is reported at that look's levels; one that went to the end, at
    // the final look's (the whole level when no interim look was planned).
    const levels = (0,compare/* lookLevels */.lU)(compare/* DEFAULT_STATISTICS */.kT, sequential.plan.length, sequential.decidedAt === undefined);
    const comparison = (0,compare/* compare */.UD)({ config, graded, records, judgeRecords, incomplete, seed: evalSet.contentHash, statistics: levels });
    options.onPhase?.('report');
    const report = (0,build_report/* buildReport */.FK)({
        config,
        evalSet,
        comparison,
        graded,
        run: {
            startedAt: startedAt.toISOString(),
            durationMs: Math.round(clock.now() - t0),
            simulated: options.simulated === true,
            control: runSummary,
            estimate,
            sequential: sequentialReport(sequential, { cases: evalSet.cases.length, judged: graded.length, plannedCalls: 2 * config.run.repeats * evalSet.cases.length, records, elapsedMs: clock.now() - t0 }),
        },
    });
    return { report, config };
}
/** Every model's key must be present before the first call: a missing key is a setup error, not an outage. */
function resolveApiKeys(config, env, defaultApiKey) {
    const roles = [
        ['baseline', config.models.baseline],
        ['candidate', config.models.candidate],
        ['judge', config.judge],
    ];
    const keys = {};
    // The shared key (the Action's api-key input) belongs to one host: sent to a second, it
    // would hand one vendor's key to another server without a word.
    let sharedHost;
    for (const [role, model] of roles) {
        if (!model)
            continue;
        if (!env[model.apiKeyEnv] && defaultApiKey) {
            const origin = originOf(model.baseUrl);
            if (sharedHost && sharedHost.origin !== origin) {
                throw new errors/* LlmGateError */.Z(`the api-key input would be sent to ${sharedHost.origin} (the ${sharedHost.role}) and to ${origin} (the ${role}); a key is sent only to the host it belongs to`, {
                    code: 'config',
                    field: role === 'judge' ? 'judge.apiKeyEnv' : `models.${role}.apiKeyEnv`,
                    hint: `set ${role === 'judge' ? 'judge' : `models.${role}`}.apiKeyEnv to a variable holding the key for ${origin}`,
                });
            }
            sharedHost ??= { role, origin };
        }
        const key = env[model.apiKeyEnv] || defaultApiKey;
        if (!key) {
            throw new errors/* LlmGateError */.Z(`${model.apiKeyEnv} is not set; the ${role} model ${model.model} (${model.baseUrl}) needs it`, {
                code: 'missing-key',
                field: `models.${role}.apiKeyEnv`,
                hint: `export ${model.apiKeyEnv}, or set apiKeyEnv to the variable that holds the key`,
            });
        }
        keys[role] = key;
    }
    return keys;
}
/** scheme://host:port, the unit a key belongs to. */
function originOf(baseUrl) {
    try {
        return new URL(baseUrl).origin;
    }
    catch {
        return baseUrl;
    }
}
function byCaseThenRepeat(order) {
    const index = new Map(order.map((id, i) => [id, i]));
    return (a, b) => (index.get(a.caseId) ?? 0) - (index.get(b.caseId) ?? 0) || a.repeat - b.repeat;
}
/** What the report says about sequential stopping: where it looked, where it decided, what that saved. */
function sequentialReport(s, run) {
    const made = run.records.length;
    const saved = Math.max(0, run.plannedCalls - made);
    const spent = run.records.reduce((sum, r) => sum + r.costUsd, 0);
    return {
        enabled: s.plan.length > 0,
        looks: s.plan,
        looked: s.looks.map((l) => ({ cases: l.cases, verdict: l.verdict })),
        ...(s.decidedAt
            ? {
                decidedAfter: { look: s.decidedAt.cases, cases: run.judged, of: run.cases },
                saved: { calls: saved, usd: made === 0 ? 0 : (spent / made) * saved, ms: made === 0 ? 0 : Math.round((run.elapsedMs / made) * saved) },
            }
            : {}),
    };
}


/***/ })

};
