// Text from outside (an endpoint's error body, a model's output) printed to a terminal
// must not drive it: an ESC sequence can recolour, move the cursor or rewrite a line,
// and a bare carriage return can overwrite what we printed ("llm-gate: verdict pass").

// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences,
// and the 8-bit C1 forms of CSI and OSC.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x1b]*(?:\x07|\x1b\\)?/g;
// C0 controls but \t and \n, DEL and the remaining C1 controls. \r is handled apart.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Neutralises text for a terminal: escape sequences and control characters go; \r\n stays a line end, a bare \r becomes one. */
export function neutraliseTerminal(text: string): string {
  return text.replace(ESCAPES, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}
