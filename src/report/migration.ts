// Words for what the run says beyond the candidate's verdict: every model ranked, the
// routing of traffic slices the paired results support, and the monthly figures.
import type { CheckMetric } from '../types.js';
import { fmtCount, fmtLevel, fmtMs, fmtNumber, fmtPct, fmtPoints, fmtUsd } from './format.js';
import { codeSpan, tableCell } from './safe-markdown.js';
import type { GateReport, MonthlyCost, RoutingAdvice } from './types.js';

const CHECK_WORDS: Record<CheckMetric, string> = {
  quality: 'quality',
  qualityPerDollar: 'quality per $',
  p95Latency: 'p95',
  ttftP95: 'TTFT p95',
  errorRate: 'error rate',
};

/** Slices the routing sentence names; the JSON report has every one. */
const MAX_NAMED_SLICES = 12;

const ROLE_WORDS = { baseline: 'baseline', candidate: 'candidate', alternative: 'alternative' } as const;

/** The ranking table: the first row is the cheapest model that holds every threshold. */
export function rankingSection(r: GateReport): string {
  const ranking = r.ranking;
  if (!ranking || ranking.length === 0) return '';
  const first = ranking[0]!;
  const lead = first.holds
    ? `**${codeSpan(first.model)}** (${ROLE_WORDS[first.role]}) is the cheapest model that holds every threshold.`
    : 'No model holds every threshold against the baseline.';
  const rows = ranking.map((e) => {
    const holds = e.role === 'baseline' ? '— (reference)' : e.holds ? '✅ holds' : e.notHeld.map((n) => `${n.status === 'fail' ? '❌' : '❔'} ${CHECK_WORDS[n.metric]}`).join(', ');
    return `| ${tableCell(e.model)} | ${ROLE_WORDS[e.role]} | ${fmtNumber(e.quality, 1)} | ${fmtUsd(e.costUsd)} | ${e.qualityPerDollar === null ? 'n/a' : fmtNumber(e.qualityPerDollar, 0)} | ${e.p95LatencyMs === null ? 'n/a' : fmtMs(e.p95LatencyMs)} | ${holds} |`;
  });
  return [
    '#### Ranking',
    '',
    lead + ' Each model is compared paired against the baseline with the same checks; the verdict follows the candidate alone.',
    '',
    '| model | role | quality | cost | quality per $ | p95 | thresholds |',
    '|:--|:--|--:|--:|--:|--:|:--|',
    ...rows,
  ].join('\n');
}

function interval([lo, hi]: [number, number], fmt: (x: number) => string): string {
  return Number.isFinite(lo) && Number.isFinite(hi) ? `${fmt(lo)} to ${fmt(hi)}` : 'n/a';
}

/** "route `extraction` → gpt-4o, `codegen` → gpt-5.5: quality 88.7 (−0.3 pts), cost −41% vs all-candidate". */
export function routingSentence(routing: RoutingAdvice, candidate: string): string {
  const moved = routing.slices.filter((s) => s.model !== candidate && !routing.undecided.includes(s.slice));
  if (moved.length === 0) return `keep every ${routing.by === 'tag' ? 'tag' : 'eval file'} on the candidate ${codeSpan(candidate)}: no routing does better on quality per dollar within the quality threshold`;
  // Named up to a dozen slices; an eval set with hundreds of tags lists the rest in the JSON.
  const undecided = new Set(routing.undecided);
  const decided = routing.slices.filter((s) => !undecided.has(s.slice));
  const byModel = new Map<string, string[]>();
  for (const s of decided.slice(0, MAX_NAMED_SLICES)) byModel.set(s.model, [...(byModel.get(s.model) ?? []), codeSpan(s.slice)]);
  const parts = [...byModel].map(([model, slices]) => `${slices.join(', ')} → ${codeSpan(model)}`);
  const more = decided.length > MAX_NAMED_SLICES ? ` (and ${decided.length - MAX_NAMED_SLICES} more slices: the JSON report has them all)` : '';
  return `route ${parts.join('; ')}${more}: quality ${fmtNumber(routing.quality, 1)} (${fmtPoints(routing.qualityChange)}), cost ${fmtPct(routing.costChange, { sign: true })} vs all-candidate`;
}

export function routingSection(r: GateReport): string {
  const routing = r.routing;
  if (!routing) return '';
  const { intervals } = routing;
  const level = `${fmtNumber(intervals.confidence * 100, 0)}%`;
  const lines = [
    `#### Routing advice (by ${routing.by === 'tag' ? 'tag' : 'eval file'})`,
    '',
    `${routingSentence(routing, r.models.candidate.model)}.`,
    '',
    `Chosen on the same cases it is scored on, so the figures above run optimistic; the ${level} intervals come from a bootstrap of the whole choice (${fmtCount(intervals.resamples)} resamples, each choosing again and scored on the cases it left out): quality change ${interval(intervals.qualityChange, (x) => fmtPoints(x))}, cost change ${interval(intervals.costChange, (x) => fmtPct(x, { sign: true }))}.`,
  ];
  if (routing.undecided.length > 0) {
    const named = routing.undecided.slice(0, MAX_NAMED_SLICES).map((s) => codeSpan(s)).join(', ');
    const rest = routing.undecided.length > MAX_NAMED_SLICES ? ` and ${routing.undecided.length - MAX_NAMED_SLICES} more` : '';
    lines.push('', `Left on the candidate, fewer than ${routing.minCases} cases to decide: ${named}${rest}.`);
  }
  return lines.join('\n');
}

/** "+$8,400/month at 2M calls (95%: +$7,900 to +$8,900)", for the headline. */
export function monthlyPhrase(m: MonthlyCost, confidence: number, routingConfidence?: number): string {
  const money = (x: number) => `${x > 0 ? '+' : ''}${fmtUsd(x)}`;
  const change = `${money(m.costChangeUsd)}/month at ${fmtCount(m.callsPerMonth)} calls (${fmtLevel(confidence)}%: ${interval(m.costChangeInterval, money)})`;
  if (m.routingSavingUsd === undefined || m.routingSavingInterval === undefined || !(m.routingSavingUsd > 0)) return change;
  const level = routingConfidence === undefined ? '' : `${fmtLevel(routingConfidence)}%: `;
  return `${change}; the routing advice saves ${fmtUsd(m.routingSavingUsd)}/month against all-candidate (${level}${interval(m.routingSavingInterval, fmtUsd)})`;
}
