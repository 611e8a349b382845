// One item of a top-level array of the JSON report (cases, records) as JSON.stringify(report,
// null, 2) writes it there, four spaces deep: V8 indents it itself inside a one-item wrapper,
// whose known head and tail are cut off. The writer and the merge's spool make items the same
// way, so an item kept as text is written byte for byte as the object would be.
const WRAP_HEAD = '{\n  "a": [\n    '.length;
const WRAP_TAIL = '\n  ]\n}'.length;

export function itemText(item: unknown): string {
  const text = JSON.stringify({ a: [item] }, null, 2);
  return text.slice(WRAP_HEAD, text.length - WRAP_TAIL);
}
