// The report's two long lists (a case per eval case, a record per call) as recipes that make
// each item when the JSON writer reaches it. A 31,000-case run's items are about 44 MB of
// objects copied from the graded cases and records they are made from; made one at a time,
// the writer holds one, and the run's peak memory is the data it compared, not twice that.
import type { GateReport, ReportCase, ReportRecord } from './types.js';

/** A list written item by item: `items()` makes them in order, each time it is called. */
export interface ReportList<T> {
  readonly length: number;
  items(): Iterable<T>;
  /** The items as report/item-text.ts writes them, for a list that keeps them as text: the writer copies them. */
  texts?(): Iterable<string>;
}

export type ReportLists = {
  cases: ReportList<ReportCase>;
  /** Present when the report carries its records. */
  records?: ReportList<ReportRecord>;
};

/** A list over an array, item i made by `make` (from the array's item i). */
export function mappedList<S, T>(source: readonly S[], make: (item: S, index: number) => T): ReportList<T> {
  return {
    length: source.length,
    *items() {
      for (let i = 0; i < source.length; i++) yield make(source[i]!, i);
    },
  };
}

/** The first item of a list, without making the others. */
export function firstOf<T>(list: ReportList<T>): T | undefined {
  for (const item of list.items()) return item;
  return undefined;
}

/** The report with its lists made whole: what JSON.parse of the written report gives. */
export function withLists(report: GateReport, lists: ReportLists): GateReport {
  // Spreading over the placeholders keeps each key where it was, so the key order is the same.
  return { ...report, cases: [...lists.cases.items()], ...(lists.records ? { records: [...lists.records.items()] } : {}) };
}
