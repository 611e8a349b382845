// The oldest Node the bundles run on (fs.promises.glob, among others, is 22's). Checked
// first in each entry file, before any module that needs a newer Node is loaded, so an old
// runtime gets one line instead of a stack trace from deep inside the gate.
export const MIN_NODE_MAJOR = 22;

/** The one-line message for a Node that is too old, or undefined when this one will do. */
export function nodeTooOld(version: string = process.versions.node): string | undefined {
  const major = Number(version.split('.')[0]);
  return major >= MIN_NODE_MAJOR ? undefined : `llm-gate needs Node ${MIN_NODE_MAJOR} or newer; this is ${version}`;
}
