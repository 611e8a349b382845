export const id = 893;
export const ids = [893];
export const modules = {

/***/ 2893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_CHARS: () => (/* binding */ DEFAULT_MAX_CHARS),
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./build/report/format.js
var format = __webpack_require__(2772);
// EXTERNAL MODULE: ./build/report/safe-markdown.js
var safe_markdown = __webpack_require__(5542);
// EXTERNAL MODULE: ./build/compare/index.js + 24 modules
var compare = __webpack_require__(4191);
// EXTERNAL MODULE: ./build/report/intervals.js
var intervals = __webpack_require__(6325);
// EXTERNAL MODULE: ./build/report/error-words.js
var error_words = __webpack_require__(4941);
;// CONCATENATED MODULE: ./build/report/drift-words.js
// The words for token drift (compare/drift.ts) and timeouts in production
// (compare/timeouts.ts): compare measures, this says it. Tags and case ids are the eval
// set's text and go through safe-markdown.ts.



/**
 * Whether the section has anything to say: a prompt or output token count that moved by
 * 1% or more overall or on a tag. Below that a table of zeros is noise in a PR comment.
 */
const moved = (change) => Math.abs(change ?? 0) >= 0.01;
function notableDrift(drift) {
    return moved(drift.input?.change) || moved(drift.output?.change) || drift.tags.some((t) => moved(t.input?.change));
}
/** Most tag rows the section shows; the JSON report has them all. */
const MAX_DRIFT_TAGS = 10;
const signedPct = (x) => (0,format/* fmtPct */.pT)(x, { sign: true });
const changeText = (change) => (change === null ? 'n/a' : signedPct(change));
const plural = (n, one, many) => `${(0,format/* fmtCount */.bg)(n)} ${n === 1 ? one : many}`;
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** What the prompt-token change means for input cost, and whose it is: the tokenizer's, or the prompt's too. */
function inputSentence(drift, input) {
    if (input.change === null)
        return 'A model reported 0 prompt tokens, so the prompt-token change is not measured.';
    const pct = (0,format/* fmtPct */.pT)(Math.abs(input.change));
    if (drift.promptsDiffer > 0) {
        const which = drift.promptsDiffer === drift.cases ? 'Every case sends' : `${(0,format/* fmtCount */.bg)(drift.promptsDiffer)} of ${(0,format/* fmtCount */.bg)(drift.cases)} cases send`;
        return `${which} each model a prompt of its own, so the prompt-token change (${signedPct(input.change)}) is the prompt's as well as the tokenizer's.`;
    }
    if (pct === '0%')
        return 'The same prompts count the same number of tokens on both models.';
    const more = input.change > 0 ? 'more' : 'fewer';
    return `The same prompts count ${pct} ${more} tokens: ${signedPct(input.change)} input cost from the tokenizer alone, before any difference in price.`;
}
function tagRows(drift) {
    const measured = drift.tags.flatMap((t) => (t.input !== null && t.input.change !== null ? [{ tag: t.tag, cases: t.cases, input: t.input, change: t.input.change }] : []));
    if (measured.length === 0)
        return [];
    measured.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
    const shown = measured.slice(0, MAX_DRIFT_TAGS);
    const lines = [
        '',
        row(['tag', 'cases', 'prompt tokens per call', 'change']),
        '|:--|--:|--:|--:|',
        ...shown.map((t) => row([(0,safe_markdown/* tableCell */.xR)(t.tag), (0,format/* fmtCount */.bg)(t.cases), `${(0,format/* fmtCount */.bg)(t.input.baseline)} → ${(0,format/* fmtCount */.bg)(t.input.candidate)}`, signedPct(t.change)])),
    ];
    if (measured.length > shown.length)
        lines.push('', `_…and ${plural(measured.length - shown.length, 'more tag', 'more tags')} in the JSON report._`);
    return lines;
}
function largestLine(drift) {
    if (drift.largest.length === 0)
        return [];
    const items = drift.largest.map((c) => `${(0,safe_markdown/* codeSpan */.SS)(c.id)} ${(0,format/* fmtCount */.bg)(c.output.baseline)} → ${(0,format/* fmtCount */.bg)(c.output.candidate)} (${changeText(c.outputChange)})`);
    return ['', `Largest output-token drift: ${items.join(', ')}.`];
}
/**
 * The "Token drift" section: prompt tokens per call and output tokens per case on both
 * models, the tags whose prompt tokens moved most, and the cases whose output moved most.
 * [] when there is nothing to say: no case answered by both with usage, or no change
 * measurable (a side reported 0 tokens).
 */
function driftLines(drift) {
    const { input, output } = drift;
    if (drift.cases === 0 || input === null || output === null)
        return [];
    if (input.change === null && output.change === null)
        return [];
    const outputChange = output.change === null ? 'n/a' : `${(0,format/* fmtSigned */._Q)(output.difference, 0)} (${signedPct(output.change)})`;
    const calls = `calls: ${(0,format/* fmtCount */.bg)(drift.calls.baseline)} baseline, ${(0,format/* fmtCount */.bg)(drift.calls.candidate)} candidate`;
    return [
        '#### Token drift',
        '',
        row(['tokens', 'baseline', 'candidate', 'change']),
        '|:--|--:|--:|--:|',
        row(['prompt per call', (0,format/* fmtCount */.bg)(input.baseline), (0,format/* fmtCount */.bg)(input.candidate), changeText(input.change)]),
        row(['output per case', (0,format/* fmtCount */.bg)(output.baseline), (0,format/* fmtCount */.bg)(output.candidate), outputChange]),
        '',
        `_Over the ${plural(drift.cases, 'case', 'cases')} both models answered with token usage (${calls}). ${inputSentence(drift, input)}_`,
        ...tagRows(drift),
        ...largestLine(drift),
    ];
}
/** A regression row's drift: "in +12% · out +240%"; '' when the case has none to show (neither count moved 1%). */
function regressionDriftCell(entry) {
    if (!entry || (!moved(entry.inputChange) && !moved(entry.outputChange)))
        return '';
    return `in ${changeText(entry.inputChange)} · out ${changeText(entry.outputChange)}`;
}
/** Attempts per call with enough decimals to show the extra calls: "1.04", or "1.002" below 10 per 1,000. */
function attemptsText(attempts, extraPer1k) {
    return (0,format/* fmtNumber */.FQ)(attempts, extraPer1k < 10 ? 3 : 2);
}
/** "+43", or "+2.4" below 10 (never "+4.0"). */
function extraText(extraPer1k) {
    return (0,format/* fmtSigned */._Q)(extraPer1k, extraPer1k < 10 ? 1 : 0).replace(/\.0$/, '');
}
/**
 * One line, only when the candidate's share of calls slower than the production timeout
 * rises beyond noise: the share on both models and the retry load it brings.
 */
function timeoutLines(t, timeoutMs, retries) {
    const c = t.models.candidate;
    const b = t.models.baseline;
    if (!t.rises || c.share === null || c.attemptsPerCall === null || c.extraCallsPer1k === null)
        return [];
    const baseline = `baseline ${b.share === null ? 'n/a' : (0,format/* fmtPct */.pT)(b.share)}`;
    const load = retries === 0
        ? 'with no retries, each of them is a failed call'
        : `with ${plural(retries, 'retry', 'retries')} that is ${attemptsText(c.attemptsPerCall, c.extraCallsPer1k)} attempts per call (${extraText(c.extraCallsPer1k)} calls per 1,000)`;
    return [`**Timeouts in production:** ${(0,format/* fmtPct */.pT)(c.share)} of the candidate's calls are slower than the ${(0,error_words/* fmtTimeout */.L6)(timeoutMs)} timeout (${baseline}); ${load}.`];
}

;// CONCATENATED MODULE: ./build/report/sections.js
// The blocks of the markdown report. Each takes the report (and its share of the size
// policy) and returns markdown; all untrusted text goes through safe-markdown.ts.





const STATUS_EMOJI = { pass: '✅', fail: '❌', inconclusive: '❔' };
/** A code span inside a table: the span's pipes must be escaped too (GFM splits cells first). */
function cellCode(text) {
    return (0,safe_markdown/* codeSpan */.SS)(text).replace(/\|/g, '\\|');
}
function sections_row(cells) {
    return `| ${cells.join(' | ')} |`;
}
const sections_signedPct = (x) => (0,format/* fmtPct */.pT)(x, { sign: true });
const FOOTNOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶'];
/** "−3.1 pts [−5.0, −1.2]", or "~ −1.8 pts [−4.9, +1.3]" when the interval contains 0 (benchstat's mark). */
function changeCell(metric, change, interval) {
    const text = (0,intervals/* fmtWithInterval */.$z)(metric, change, interval);
    return interval && !(0,intervals/* isSignificant */.oR)(interval) ? `~ ${text}` : text;
}
/** Inconclusive checks, in table order, each with its footnote mark. */
function undecided(r) {
    return r.checks.filter((k) => k.status === 'inconclusive').map((check, i) => ({ check, mark: FOOTNOTE_MARKS[i] ?? '*' }));
}
function metricTable(r) {
    const b = r.models.baseline;
    const c = r.models.candidate;
    const check = (m) => r.checks.find((k) => k.metric === m);
    const marks = new Map(undecided(r).map((u) => [u.check.metric, u.mark]));
    const checkRow = (label, m, base, cand, change, fmt) => {
        const k = check(m);
        return sections_row([
            label,
            base,
            cand,
            k ? (k.unmeasured === undefined ? changeCell(m, k.change, k.interval) : 'n/a') : fmt(change),
            k ? fmt(k.threshold) : 'off',
            k ? `${STATUS_EMOJI[k.status]}${marks.get(m) ?? ''}` : '',
        ]);
    };
    // A model that answered without usage has an unknown cost: never show it as a number.
    const unpriced = b.usageMissing > 0 || c.usageMissing > 0;
    const usd = (m, value) => (m.usageMissing > 0 ? 'n/a' : (0,format/* fmtUsd */.Ss)(value));
    const qpd = (m) => (m.usageMissing > 0 ? 'n/a' : (0,format/* fmtNumber */.FQ)(m.qualityPerDollar, 0));
    const cost = unpriced
        ? 'n/a'
        : r.statistics
            ? changeCell('cost', r.statistics.cost.change, r.statistics.cost.interval)
            : sections_signedPct((0,compare.relativeChange)(b.costUsd, c.costUsd));
    const infoRow = (label, base, cand, change = '') => sections_row([label, base, cand, change, '', '']);
    const tokens = (m) => `${(0,format/* fmtCount */.bg)(m.tokens.input)} · ${(0,format/* fmtCount */.bg)(m.tokens.cachedInput)} · ${(0,format/* fmtCount */.bg)(m.tokens.output)}`;
    return [
        sections_row(['metric', `baseline ${cellCode(b.model)}`, `candidate ${cellCode(c.model)}`, 'change', 'limit', '']),
        '|:--|--:|--:|--:|--:|:-:|',
        checkRow('quality', 'quality', (0,format/* fmtNumber */.FQ)(b.quality, 1), (0,format/* fmtNumber */.FQ)(c.quality, 1), c.quality - b.quality, (x) => (0,format/* fmtPoints */.JB)(x)),
        checkRow('quality per $', 'qualityPerDollar', qpd(b), qpd(c), (0,compare.relativeChange)(b.qualityPerDollar, c.qualityPerDollar), sections_signedPct),
        checkRow('p95 latency', 'p95Latency', (0,format/* fmtMs */.mq)(b.latencyMs.p95), (0,format/* fmtMs */.mq)(c.latencyMs.p95), (0,compare.relativeChange)(b.latencyMs.p95, c.latencyMs.p95), sections_signedPct),
        checkRow('error rate', 'errorRate', (0,format/* fmtPct */.pT)(b.errorRate), (0,format/* fmtPct */.pT)(c.errorRate), c.errorRate - b.errorRate, format/* fmtPp */.yW),
        infoRow('cost', usd(b, b.costUsd), usd(c, c.costUsd), cost),
        infoRow('cost per 1k cases', usd(b, b.costPer1kCases), usd(c, c.costPer1kCases), unpriced ? 'n/a' : sections_signedPct((0,compare.relativeChange)(b.costPer1kCases, c.costPer1kCases))),
        infoRow('p50 latency', (0,format/* fmtMs */.mq)(b.latencyMs.p50), (0,format/* fmtMs */.mq)(c.latencyMs.p50), sections_signedPct((0,compare.relativeChange)(b.latencyMs.p50, c.latencyMs.p50))),
        infoRow('p99 latency', (0,format/* fmtMs */.mq)(b.latencyMs.p99), (0,format/* fmtMs */.mq)(c.latencyMs.p99), sections_signedPct((0,compare.relativeChange)(b.latencyMs.p99, c.latencyMs.p99))),
        ...ttftRows(b, c, infoRow, r.checks.some((k) => k.metric === 'ttftP95') ? (base, cand, change) => checkRow('TTFT p95', 'ttftP95', base, cand, change, sections_signedPct) : undefined),
        ...apiRow(b, c, infoRow),
        ...promptRows(b, c, infoRow),
        infoRow('calls (errors, timeouts)', `${(0,format/* fmtCount */.bg)(b.calls)} (${b.errors}, ${b.timeouts})`, `${(0,format/* fmtCount */.bg)(c.calls)} (${c.errors}, ${c.timeouts})`),
        infoRow('tokens in · cached · out', tokens(b), tokens(c)),
        // Prices the config wrote need no source; a built-in one says which table and how old.
        // Read defensively: reports written before these fields existed are rendered too.
        ...(b.priceSource?.kind !== 'builtin' && c.priceSource?.kind !== 'builtin' ? [] : [infoRow('price source', priceSourceWords(b), priceSourceWords(c))]),
    ].join('\n');
}
/** Time to first token, when either model streamed; "n/a" for one that did not. With the ttftP95 check on, its p95 row shows change, limit and status. */
function ttftRows(b, c, infoRow, checkRow) {
    if (!b.ttftMs && !c.ttftMs)
        return [];
    const cell = (m, q) => (m.ttftMs ? (0,format/* fmtMs */.mq)(m.ttftMs[q]) : 'n/a');
    const change = (q) => (b.ttftMs && c.ttftMs ? sections_signedPct((0,compare.relativeChange)(b.ttftMs[q], c.ttftMs[q])) : '');
    const p95 = checkRow
        ? checkRow(cell(b, 'p95'), cell(c, 'p95'), (0,compare.relativeChange)(b.ttftMs?.p95 ?? 0, c.ttftMs?.p95 ?? 0))
        : infoRow('TTFT p95', cell(b, 'p95'), cell(c, 'p95'), change('p95'));
    return [p95, infoRow('TTFT p50', cell(b, 'p50'), cell(c, 'p50'), change('p50'))];
}
/** The API each model was called through, shown once either is not plain Chat Completions. */
function apiRow(b, c, infoRow) {
    const words = (m) => `${m.api === 'responses' ? 'Responses' : 'Chat Completions'}${m.stream ? ', streamed' : ''}`;
    if ((b.api ?? 'chat') === 'chat' && (c.api ?? 'chat') === 'chat' && !b.stream && !c.stream)
        return [];
    return [infoRow('API', words(b), words(c))];
}
/** Which prompt each model used, once either has one of its own or the baseline came from the base commit. */
function promptRows(b, c, infoRow) {
    const rows = [];
    if (b.from)
        rows.push(infoRow('config from', `base ${(0,safe_markdown/* codeSpan */.SS)(b.from.commit.slice(0, 12))}`, 'this commit'));
    if (!b.prompt?.own && !c.prompt?.own && !b.from)
        return rows;
    const part = (name, p) => (p ? `${name} ${p.file === undefined ? 'inline' : (0,safe_markdown/* codeSpan */.SS)(p.file)} (${p.sha256.slice(0, 8)})` : '');
    const words = (m) => [part('system', m.prompt?.system), part('user', m.prompt?.user)].filter((w) => w !== '').join(' · ') || 'none';
    rows.push(infoRow('prompt', words(b), words(c)));
    return rows;
}
/** "config", or "genai-prices 0.1.8, 2026-09-23" (and the entry a dated id was priced as). */
function priceSourceWords(m) {
    const s = m.priceSource;
    if (s?.kind !== 'builtin')
        return 'config';
    const entry = s.entry === undefined ? '' : ` as ${(0,safe_markdown/* inlineText */.ln)(s.entry)}`;
    return `${(0,safe_markdown/* inlineText */.ln)(s.table ?? 'built-in')}, ${s.checked}${entry}`;
}
/**
 * Under the table: first, in bold, any check this set is too small for; then how the
 * intervals were made and the rule, the smallest regression each check can catch at this
 * many cases (80% power), and a footnote per inconclusive check saying what would decide it.
 * Caveats as data, printed as footnotes (benchstat). The words live in intervals.ts.
 */
function statisticsNotes(r) {
    const s = r.statistics;
    if (!s || r.checks.length === 0)
        return '';
    const how = s.method === 'paired case bootstrap'
        ? `${s.method} over ${(0,format/* fmtCount */.bg)(s.cases)} cases, ${(0,format/* fmtCount */.bg)(s.resamples)} resamples, seed ${s.seed}`
        : `${s.method} over ${(0,format/* fmtCount */.bg)(s.cases)} cases (score, jackknife, quantile and Newcombe intervals; seed ${s.seed})`;
    const weak = (0,intervals/* underpoweredLine */.pK)(r);
    const lines = [
        ...(weak === '' ? [] : [weak, '']),
        `_${(0,format/* fmtLevel */.eX)(s.confidence)}% intervals: ${how}. \`~\` not significant (the interval contains 0). ${(0,intervals/* ruleSentence */.Or)(s)}_`,
        '',
        `_Smallest regressions these ${(0,format/* fmtCount */.bg)(s.cases)} cases would catch ${(0,format/* fmtNumber */.FQ)(100 * s.power, 0)}% of the time: ${(0,intervals/* mdeList */.bW)(r.checks)}._`,
    ];
    for (const { check, mark } of undecided(r))
        lines.push('', `${mark} ${(0,intervals/* decideNote */.hM)(check, r)}`);
    return lines.join('\n');
}
/** "118 paired cases of 120 · 1 repeat · judge `gpt-4o-mini`: 240 calls, $0.012 · total $0.0539 · eval set `3f2a9c1b04de`" */
function summaryLine(r) {
    const parts = [
        `${(0,format/* fmtCount */.bg)(r.pairedCases)} paired cases of ${(0,format/* fmtCount */.bg)(r.evalSet.cases)}`,
        `${r.repeats} repeat${r.repeats === 1 ? '' : 's'}`,
    ];
    if (r.judge)
        parts.push(`judge ${(0,safe_markdown/* codeSpan */.SS)(r.judge.model)}: ${(0,format/* fmtCount */.bg)(r.judge.calls)} calls, ${(0,format/* fmtUsd */.Ss)(r.judge.costUsd)}`);
    parts.push(`total ${(0,format/* fmtUsd */.Ss)(r.totals.costUsd)} for ${(0,format/* fmtCount */.bg)(r.totals.calls)} calls`);
    if (r.run.durationMs !== null)
        parts.push(`ran in ${(0,format/* fmtMs */.mq)(r.run.durationMs)}`);
    parts.push(`eval set ${(0,safe_markdown/* codeSpan */.SS)(r.evalSet.contentHash.slice(0, 12))}`);
    return [parts.join(' · '), sequentialLine(r), runControlLine(r)].filter(Boolean).join('\n\n');
}
/** "Decided after 84 of 400 cases": a sequential stop, and what it saved. */
function sequentialLine(r) {
    const s = r.run.sequential;
    if (!s?.decidedAfter || !s.saved)
        return '';
    const { decidedAfter: d, saved } = s;
    const after = s.afterDecision && s.afterDecision.calls > 0 ? `; ${(0,format/* fmtCount */.bg)(s.afterDecision.calls)} calls already under way finished after the decision (${(0,format/* fmtUsd */.Ss)(s.afterDecision.usd)}, in the total, not judged)` : '';
    return `_Decided after ${(0,format/* fmtCount */.bg)(d.cases)} of ${(0,format/* fmtCount */.bg)(d.of)} cases: ${(0,format/* fmtCount */.bg)(saved.calls)} calls not sent, about ${(0,format/* fmtUsd */.Ss)(saved.usd)} and ${(0,format/* fmtMs */.mq)(saved.ms)} saved${after} (run.sequential)._`;
}
/** Budget, retries and effective concurrency: only what is worth a reader's attention. */
function runControlLine(r) {
    const control = r.run.control;
    if (!control)
        return '';
    const parts = [];
    const { budget, retries, concurrency } = control;
    if (budget.budgetUsd !== undefined) {
        const stop = control.stoppedForBudget ? ', then stopped: the next call could have passed it' : '';
        parts.push(`budget ${(0,format/* fmtUsd */.Ss)(budget.budgetUsd)}: spent ${(0,format/* fmtUsd */.Ss)(budget.spentUsd)}${stop}`);
    }
    if (retries.retries > 0 || retries.denied > 0) {
        parts.push(`${(0,format/* fmtCount */.bg)(retries.retries)} retries${retries.denied > 0 ? `, ${(0,format/* fmtCount */.bg)(retries.denied)} refused by the retry budget` : ''}`);
    }
    if (concurrency.decreases > 0) {
        parts.push(`concurrency lowered on rate limits: ${concurrency.min}–${concurrency.configured}, mean ${concurrency.mean.toFixed(1)}`);
    }
    return parts.length > 0 ? `_Run: ${parts.join(' · ')}._` : '';
}
function tagTable(r) {
    if (r.tags.length === 0)
        return '';
    const lines = [
        '#### By tag',
        '',
        sections_row(['tag', 'cases', 'quality', 'Δ quality', 'Δ cost', 'Δ quality per $', 'Δ p95']),
        '|:--|--:|--:|--:|--:|--:|--:|',
    ];
    for (const t of r.tags) {
        const cases = t.pairedCases === t.cases ? `${t.cases}` : `${t.pairedCases} of ${t.cases}`;
        lines.push(sections_row([
            (0,safe_markdown/* tableCell */.xR)(t.tag),
            cases,
            `${(0,format/* fmtNumber */.FQ)(t.baseline.quality, 1)} → ${(0,format/* fmtNumber */.FQ)(t.candidate.quality, 1)}`,
            (0,format/* fmtPoints */.JB)(t.change.quality),
            sections_signedPct(t.change.costUsd),
            sections_signedPct(t.change.qualityPerDollar),
            sections_signedPct(t.change.p95LatencyMs),
        ]));
    }
    return lines.join('\n');
}
function labelTable(side, model, t) {
    const lines = [
        `**${side}** ${(0,safe_markdown/* codeSpan */.SS)(model)}: ${t.correct} of ${t.total} correct`,
        '',
        sections_row(['expected ↓ · actual →', ...t.labels.map(safe_markdown/* tableCell */.xR), 'other']),
        `|:--|${t.labels.map(() => '--:|').join('')}--:|`,
    ];
    t.labels.forEach((label, i) => {
        const counts = (t.matrix[i] ?? []).map((n, j) => (j === i && n > 0 ? `**${n}**` : `${n}`));
        lines.push(sections_row([(0,safe_markdown/* tableCell */.xR)(label), ...counts]));
    });
    const other = Object.entries(t.other);
    if (other.length > 0) {
        const shown = other.slice(0, 8).map(([label, n]) => `${(0,safe_markdown/* inlineText */.ln)(label)} (${n})`);
        const more = other.length > 8 ? `, and ${other.length - 8} more` : '';
        lines.push('', `other: ${shown.join(', ')}${more}`);
    }
    return lines.join('\n');
}
function labelSection(r) {
    const sides = ['baseline', 'candidate'].filter((s) => r.labels[s]);
    if (sides.length === 0)
        return '';
    const blocks = sides.map((s) => labelTable(s, r.models[s].model, r.labels[s]));
    return ['<details>', '<summary>Label confusion</summary>', '', blocks.join('\n\n'), '', '</details>'].join('\n');
}
function sideHeader(side, model, s) {
    const score = s.score === null ? 'not judged' : (0,format/* fmtScore */.M8)(s.score);
    const latency = s.latencyMs === null ? '' : ` · ${(0,format/* fmtMs */.mq)(s.latencyMs)}`;
    return `${side} · ${(0,safe_markdown/* htmlText */.js)(model)} · ${score}${latency}`;
}
function sideBody(s, limits) {
    const parts = [];
    if (s.error)
        parts.push(`⚠️ ${(0,safe_markdown/* inlineText */.ln)(s.error.kind)}: ${(0,safe_markdown/* inlineText */.ln)((0,safe_markdown/* truncateText */.EJ)(s.error.message, { maxChars: 200, maxLines: 1 }).text)}`);
    if (s.output === null) {
        parts.push('_no output_');
    }
    else {
        const cut = (0,safe_markdown/* truncateText */.EJ)(s.output, limits);
        parts.push((0,safe_markdown/* codeBlock */.DV)(cut.text));
        if (cut.truncated)
            parts.push(`_showing ${(0,format/* fmtCount */.bg)(Array.from(cut.text).length)} of ${(0,format/* fmtNumber */.FQ)(cut.totalChars)} characters_`);
    }
    return parts.join('\n\n');
}
function regressionBlock(r, c, limits) {
    const b = c.baseline;
    const k = c.candidate;
    const scores = `${(0,format/* fmtScore */.M8)(b.score ?? 0)} → ${(0,format/* fmtScore */.M8)(k.score ?? 0)} (${c.change === null ? 'n/a' : (0,format/* fmtSigned */._Q)(c.change, 2)})`;
    // The tokens beside the regression: a tokenizer or prompt change often explains it.
    const drift = regressionDriftCell(r.regressions.find((g) => g.id === c.id)?.tokens);
    return [
        '<details>',
        `<summary><code>${(0,safe_markdown/* htmlText */.js)(c.id)}</code> · ${(0,safe_markdown/* htmlText */.js)(`${c.file}:${c.line}`)} · score ${scores}${drift === '' ? '' : ` · tokens ${(0,safe_markdown/* htmlText */.js)(drift)}`}</summary>`,
        '',
        '<table>',
        `<tr><th>${sideHeader('baseline', r.models.baseline.model, b)}</th><th>${sideHeader('candidate', r.models.candidate.model, k)}</th></tr>`,
        '<tr><td>',
        '',
        sideBody(b, limits),
        '',
        '</td><td>',
        '',
        sideBody(k, limits),
        '',
        '</td></tr>',
        '</table>',
        '',
        '</details>',
    ].join('\n');
}
function regressionSection(r, count, limits) {
    if (count <= 0 || r.regressions.length === 0)
        return '';
    const byId = new Map(r.cases.map((c) => [c.id, c]));
    const shown = r.regressions.slice(0, count).flatMap((g) => {
        const c = byId.get(g.id);
        return c ? [regressionBlock(r, c, limits)] : [];
    });
    const of = r.regressions.length > shown.length ? ` (${shown.length} of ${r.regressions.length})` : '';
    return [`#### Worst regressions${of}`, '', shown.join('\n\n')].join('\n');
}
function notesSection(r, max) {
    const notes = [...r.run.notes, ...r.warnings];
    if (notes.length === 0)
        return '';
    const lines = notes.slice(0, max).map((n) => `- ${(0,safe_markdown/* inlineText */.ln)(n)}`);
    if (notes.length > max)
        lines.push(`- …and ${notes.length - max} more in the JSON report`);
    return ['**Notes**', '', ...lines].join('\n');
}

// EXTERNAL MODULE: ./build/report/migration.js
var migration = __webpack_require__(1991);
;// CONCATENATED MODULE: ./build/report/chart.js
// chartMarkdown(): the report's charts as mermaid blocks, which GitHub draws in PR comments
// and job summaries: every model's quality against its cost, and the change in quality per
// tag. Model ids and tags come from the user's config and are untrusted: each label is cut
// down to letters, digits and a little punctuation and quoted, so it cannot end its string,
// start a statement (`click`, `classDef`), open a directive (`%%{init}%%`), carry HTML or
// close the fence.


/** Bounds on what the charts show: the rest stays in the tables and the JSON report. */
const CHART_LIMITS = {
    /** Points in the quality-against-cost chart, routing advice included. */
    points: 20,
    /** Bars in the per-tag chart: the tags with the largest changes. */
    tags: 20,
    modelLabelChars: 40,
    tagLabelChars: 24,
    /** Model ids quoted in the sentences under a chart. */
    noteChars: 60,
};
// Room beyond the farthest point, so no point or its label (drawn under it) sits on the frame,
// and beyond the longest bar.
const POINT_MARGIN = 1.3;
const BAR_MARGIN = 1.1;
// Smallest half-ranges: cost ×/÷ 1.1 and ±1 quality point, so near-equal models do not
// spread across the whole chart.
const MIN_LOG_COST_SPAN = Math.log(1.1);
const MIN_QUALITY_SPAN = 1;
// Letters, digits, space and . _ / + @ - mean nothing to mermaid inside a quoted string.
const UNSAFE_RUN = /[^\p{L}\p{N} ._/+@-]+/gu;
/** Cut to `max` code points, ending in "…" when cut. */
function shorten(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** An untrusted name as the text of a quoted mermaid label: safe characters only, one line, bounded. */
function chartLabel(text, maxChars) {
    // Bound the input first, so a huge id costs no more than a short one.
    const safe = text
        .slice(0, 4 * maxChars)
        .replace(/\s+/g, ' ')
        .replace(UNSAFE_RUN, '_')
        .replace(/ +/g, ' ')
        .trim();
    return shorten(safe === '' ? '?' : safe, maxChars);
}
/** Labels made distinct: a later duplicate gets " (2)", " (3)"…; the parentheses cannot come from a name. */
function distinct(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return n === 1 ? label : `${label} (${n})`;
    });
}
function mermaidBlock(lines) {
    return ['```mermaid', ...lines, '```'].join('\n');
}
/** A coordinate in [0, 1] as quadrantChart's lexer reads it: "1" or "0.ddd". */
function coordinate(value) {
    const text = Math.min(1, Math.max(0, value)).toFixed(3);
    return text === '1.000' ? '1' : text;
}
function placeable(cost, known) {
    return known && Number.isFinite(cost) && cost > 0 ? cost : null;
}
/** Every model of the run, in the ranking's order (baseline and candidate without one), then the routing advice. */
function modelPoints(r) {
    const { baseline, candidate } = r.models;
    const fromModel = (m, role) => ({
        model: m.model,
        role,
        quality: m.quality,
        // A model that answered without usage has an unknown cost. Read defensively: older reports lack the field.
        costUsd: placeable(m.costUsd, (m.usageMissing ?? 0) === 0),
    });
    const points = r.ranking && r.ranking.length > 0
        ? r.ranking.map((e) => ({ model: e.model, role: e.role, quality: e.quality, costUsd: placeable(e.costUsd, e.qualityPerDollar !== null) }))
        : [fromModel(baseline, 'baseline'), fromModel(candidate, 'candidate')];
    if (!points.some((p) => p.role === 'baseline'))
        points.unshift(fromModel(baseline, 'baseline'));
    if (!points.some((p) => p.role === 'candidate'))
        points.push(fromModel(candidate, 'candidate'));
    const cand = points.find((p) => p.role === 'candidate');
    if (r.routing && cand) {
        const cost = cand.costUsd === null ? null : placeable(cand.costUsd * (1 + r.routing.costChange), true);
        points.push({ model: `routing advice (by ${r.routing.by})`, role: 'routing', quality: r.routing.quality, costUsd: cost });
    }
    return points.filter((p) => Number.isFinite(p.quality));
}
function pointLabel(p) {
    if (p.role === 'routing')
        return p.model;
    const name = chartLabel(p.model, CHART_LIMITS.modelLabelChars);
    return p.role === 'alternative' ? name : `${name} (${p.role})`;
}
function quoteList(models) {
    return models.map((m) => (0,safe_markdown/* codeSpan */.SS)(shorten(m, CHART_LIMITS.noteChars))).join(', ');
}
/**
 * Quality against cost, centred on the baseline: the quadrant lines cross at its point, so
 * the top-left quadrant holds what is better and cheaper. Cost is on a log scale (a model
 * ten times cheaper is as far left as one ten times dearer is right), quality in points
 * against the baseline. Empty when the baseline or every other model has no known cost.
 */
function costChart(r) {
    const all = modelPoints(r);
    const base = all.find((p) => p.role === 'baseline');
    if (!base || base.costUsd === null)
        return '';
    const others = all.filter((p) => p !== base);
    const placed = others.filter((p) => p.costUsd !== null);
    if (placed.length === 0)
        return '';
    // Keep the candidate and the routing advice, then the others in ranking order.
    const fixed = placed.filter((p) => p.role !== 'alternative');
    const room = Math.max(0, CHART_LIMITS.points - 1 - fixed.length);
    const keep = new Set([...fixed, ...placed.filter((p) => p.role === 'alternative').slice(0, room)]);
    const kept = placed.filter((p) => keep.has(p));
    const shown = [base, ...kept];
    const baseCost = base.costUsd;
    const logCost = (p) => Math.log(p.costUsd / baseCost);
    const costSpan = Math.max(MIN_LOG_COST_SPAN, POINT_MARGIN * Math.max(...shown.map((p) => Math.abs(logCost(p)))));
    // Rounded up to the decimal the axis prints, so the printed range is the drawn one.
    const qualitySpan = Math.ceil(10 * Math.max(MIN_QUALITY_SPAN, POINT_MARGIN * Math.max(...shown.map((p) => Math.abs(p.quality - base.quality))))) / 10;
    const labels = distinct(shown.map(pointLabel));
    const lines = [
        'quadrantChart',
        `  x-axis "cheaper ${(0,format/* fmtUsd */.Ss)(baseCost * Math.exp(-costSpan))}" --> "pricier ${(0,format/* fmtUsd */.Ss)(baseCost * Math.exp(costSpan))}"`,
        `  y-axis "worse ${(0,format/* fmtSigned */._Q)(-qualitySpan, 1)} pts" --> "better ${(0,format/* fmtSigned */._Q)(qualitySpan, 1)} pts"`,
        '  quadrant-1 "better, pricier"',
        '  quadrant-2 "better, cheaper"',
        '  quadrant-3 "worse, cheaper"',
        '  quadrant-4 "worse, pricier"',
        ...shown.map((p, i) => {
            const x = 0.5 + logCost(p) / (2 * costSpan);
            const y = 0.5 + (p.quality - base.quality) / (2 * qualitySpan);
            return `  "${labels[i]}": [${coordinate(x)}, ${coordinate(y)}]`;
        }),
    ];
    const notes = [
        `The baseline ${quoteList([base.model])} is at the centre (${(0,format/* fmtUsd */.Ss)(baseCost)}, quality ${(0,format/* fmtNumber */.FQ)(base.quality, 1)}); cost on a log scale, quality in points against the baseline.`,
    ];
    const unplaced = others.filter((p) => p.costUsd === null).map((p) => p.model);
    if (unplaced.length > 0)
        notes.push(`Not placed, cost unknown or zero: ${quoteList(unplaced)}.`);
    const cut = placed.length - kept.length;
    if (cut > 0)
        notes.push(`${cut} more model${cut === 1 ? '' : 's'} of the ranking not shown.`);
    return ['#### Quality against cost', '', mermaidBlock(lines), '', `_${notes.join(' ')}_`].join('\n');
}
// Gains blue, losses orange: apart for colour-blind readers too, and legible on GitHub's
// light and dark themes alike. The value axis has no tick labels (nor ticks): mermaid pads
// the axis by half the widest label and starts every bar at the frame, so a zero would show
// as a stub. Each tag's label gives its value instead. Set in the block's front matter, which no name can
// reach: labels are quoted and on one line.
const BAR_COLOURS = ['royalblue', '#bc4c00'];
const BAR_CONFIG = [
    '---',
    'config:',
    '  xyChart:',
    '    yAxis:',
    '      showLabel: false',
    '      showTick: false',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${BAR_COLOURS.join(', ')}"`,
    '---',
];
/**
 * The change in quality per tag as horizontal bars. Mermaid draws every bar from the axis
 * minimum, so a bar below zero would look like a gain: the bars are the size of the change
 * instead, gains and losses as two series in two colours, and each tag's label carries the
 * sign. Empty with fewer than two tags that have paired cases.
 */
function tagChart(r) {
    const rows = r.tags.filter((t) => t.pairedCases > 0 && Number.isFinite(t.change.quality));
    if (rows.length < 2)
        return '';
    // The largest changes (ties by report order), shown in report order, like the table.
    const picked = rows
        .map((t, i) => ({ t, i }))
        .sort((a, b) => Math.abs(b.t.change.quality) - Math.abs(a.t.change.quality) || a.i - b.i)
        .slice(0, CHART_LIMITS.tags)
        .sort((a, b) => a.i - b.i)
        .map(({ t }) => t);
    const names = distinct(picked.map((t) => chartLabel(t.tag, CHART_LIMITS.tagLabelChars)));
    const changes = picked.map((t) => Number(t.change.quality.toFixed(1)));
    const largest = Math.max(...changes.map(Math.abs));
    const span = Math.max(MIN_QUALITY_SPAN, Math.ceil(10 * BAR_MARGIN * largest) / 10);
    const bars = (keep) => `[${changes.map((x) => (keep(x) ? Math.abs(x) : 0).toFixed(1)).join(', ')}]`;
    const lines = [
        ...BAR_CONFIG,
        'xychart-beta horizontal',
        `  x-axis [${names.map((n, i) => `"${n} ${(0,format/* fmtSigned */._Q)(changes[i], 1)}"`).join(', ')}]`,
        `  y-axis "size of the quality change, points" 0 --> ${span.toFixed(1)}`,
        `  bar ${bars((x) => x > 0)}`,
        `  bar ${bars((x) => x < 0)}`,
    ];
    const of = picked.length < rows.length ? ` ${picked.length} of ${rows.length} tags: those with the largest changes.` : '';
    const note = `_Candidate − baseline, in quality points: blue a gain, orange a loss, the sign in each label.${of}_`;
    return ['#### Quality change by tag', '', mermaidBlock(lines), '', note].join('\n');
}
/**
 * The report's charts, each a heading, a ```mermaid block and a line of notes, separated by a
 * blank line: quality against cost (when the baseline and at least one other model or the
 * routing advice have a known, non-zero cost) and the quality change per tag (with two or
 * more tags that have paired cases). '' when neither applies. The same report gives the same text.
 */
function chartMarkdown(report) {
    return [costChart(report), tagChart(report)].filter((block) => block !== '').join('\n\n');
}

// EXTERNAL MODULE: ./build/limits.js
var limits = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/report/markdown.js
// renderMarkdown(): THE markdown renderer, used by the CLI, the job summary and the
// PR comment alike; only maxChars differs. Size policy (after changesets/action): when
// the full report is longer than maxChars, drop detail in stages — shorter and fewer
// outputs, then the label tables, then the per-tag table, then the regressions — and
// say so in a note. The headline and the metric table always stay.







/** GitHub's limit for a comment body. */
const DEFAULT_MAX_CHARS = limits/* GITHUB_COMMENT_CHARS */.Um;
const LEVELS = [
    { regressions: 10, outputs: { maxChars: 2000, maxLines: 60 }, labels: true, tags: true, notes: 20, dropped: [] },
    { regressions: 5, outputs: { maxChars: 800, maxLines: 25 }, labels: true, tags: true, notes: 20, dropped: ['outputs shortened', 'fewer regressions shown'] },
    { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: true, tags: true, notes: 10, dropped: ['outputs shortened', 'fewer regressions shown'] },
    { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: false, tags: true, notes: 10, dropped: ['outputs shortened', 'fewer regressions shown', 'label tables left out'] },
    { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: false, tags: false, notes: 5, dropped: ['outputs shortened', 'fewer regressions shown', 'label tables and per-tag table left out'] },
    { regressions: 0, outputs: { maxChars: 0, maxLines: 0 }, labels: false, tags: false, notes: 5, dropped: ['regressions, label tables and per-tag table left out'] },
];
const VERDICT_EMOJI = {
    pass: '✅',
    fail: '❌',
    inconclusive: '❔',
    error: '⚠️',
    incomplete: '⏸️',
    skipped: '⏭️',
};
const SIMULATED_BANNER = "> 🧪 **Simulated run**: both models were served by llm-gate's built-in simulator. " +
    'The numbers show how the gate works, not how real models compare.';
const NOT_DECIDING = '_The checks below cover only the cases both models answered; they did not decide this verdict._';
/** The headline, the metric table and, unless `bare`, the statistics notes under it. */
function head(r, bare = false) {
    const b = (0,safe_markdown/* codeSpan */.SS)(r.models.baseline.model);
    const c = (0,safe_markdown/* codeSpan */.SS)(r.models.candidate.model);
    const lines = [`### llm-gate: ${b} → ${c}`, '', `${VERDICT_EMOJI[r.verdict]} **${r.verdict}** — ${(0,safe_markdown/* inlineText */.ln)(r.headline)}`];
    if (r.run.simulated)
        lines.push('', SIMULATED_BANNER);
    if (r.verdict === 'error' || r.verdict === 'incomplete')
        lines.push('', NOT_DECIDING);
    lines.push('', metricTable(r));
    const notes = bare ? '' : statisticsNotes(r);
    if (notes !== '')
        lines.push('', notes);
    lines.push('', summaryLine(r));
    return lines;
}
function truncationNote(maxChars, dropped) {
    return `> ✂️ Shortened to fit ${(0,format/* fmtNumber */.FQ)(maxChars)} characters: ${dropped.join('; ')}. The JSON report has every case in full.`;
}
function assemble(blocks) {
    return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
function renderAt(r, level, maxChars, footer) {
    const blocks = [head(r).join('\n')];
    if (level.dropped.length > 0)
        blocks.push(truncationNote(maxChars, level.dropped));
    if (r.timeouts)
        blocks.push(timeoutLines(r.timeouts, r.timeouts.timeoutMs, r.timeouts.retries).join('\n'));
    blocks.push((0,migration/* rankingSection */.oR)(r), (0,migration/* routingSection */.uU)(r));
    if (level.tags)
        blocks.push(chartMarkdown(r));
    if (level.tags)
        blocks.push(tagTable(r));
    if (level.tags && r.tokens && notableDrift(r.tokens))
        blocks.push(driftLines(r.tokens).join('\n'));
    if (level.labels)
        blocks.push(labelSection(r));
    blocks.push(regressionSection(r, level.regressions, level.outputs));
    blocks.push(notesSection(r, level.notes));
    blocks.push(footer);
    return assemble(blocks);
}
function renderMarkdown(report, options = {}) {
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    const footer = options.footer ?? '';
    for (const level of LEVELS) {
        const text = renderAt(report, level, maxChars, footer);
        if (text.length <= maxChars)
            return text;
    }
    // Even the smallest level is too long: keep the headline and the metric table anyway.
    return assemble([head(report, true).join('\n'), truncationNote(maxChars, ['everything but the metric table left out']), footer]);
}


/***/ })

};
