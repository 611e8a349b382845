// Confusion tables for the `label` grader (routing workloads): which expected label
// was answered with which actual label, per side. Both sides share the same rows and
// columns so the two tables can be read against each other. Actual labels that no case
// expects land in one "other" column (their counts are kept apart), so a model that
// invents labels cannot widen the table without bound.

import type { GradedCase, Side } from '../types.js';
import type { LabelTable } from './types.js';

export function labelTables(graded: readonly GradedCase[], sides: readonly Side[]): Partial<Record<Side, LabelTable>> {
  const pairs: Record<string, { expected: string; actual: string }[]> = {};
  const expectedSet = new Set<string>();
  for (const side of sides) {
    const list: { expected: string; actual: string }[] = [];
    for (const g of graded) {
      for (const grade of g[side].grades) {
        if (!grade.label) continue;
        list.push(grade.label);
        expectedSet.add(grade.label.expected);
      }
    }
    pairs[side] = list;
  }
  const labels = [...expectedSet].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const tables: Partial<Record<Side, LabelTable>> = {};
  for (const side of sides) {
    const list = pairs[side] ?? [];
    if (list.length === 0) continue;
    const matrix = labels.map(() => new Array<number>(labels.length + 1).fill(0));
    const other = new Map<string, number>();
    let correct = 0;
    for (const { expected, actual } of list) {
      const row = matrix[index.get(expected) as number] as number[];
      const col = index.get(actual);
      if (col === undefined) other.set(actual, (other.get(actual) ?? 0) + 1);
      row[col ?? labels.length] = (row[col ?? labels.length] ?? 0) + 1;
      if (actual === expected) correct += 1;
    }
    tables[side] = {
      labels,
      matrix,
      other: Object.fromEntries([...other].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      total: list.length,
      correct,
    };
  }
  return tables;
}
