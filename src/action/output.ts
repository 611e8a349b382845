// Everything the Action writes goes through here: the comment, the job summary, annotations,
// outputs, the step's messages and the report file. Each text is redacted at this last step,
// whatever produced it (a model echoing its prompt, an endpoint's error body, GitHub's
// answer), and each secret is also registered with the runner so its logs mask it.
import * as core from '@actions/core';
import { createRedactor, type Redactor } from '../shell/redact.js';

export interface ActionOutput {
  readonly redact: Redactor;
  /** Redacts these from now on, and masks them in the runner's logs. */
  addSecrets(...secrets: (string | undefined)[]): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, properties?: core.AnnotationProperties): void;
  error(message: string, properties?: core.AnnotationProperties): void;
  setFailed(message: string): void;
  setOutput(name: string, value: string | number): void;
  /** Appends markdown to the job summary. */
  summary(markdown: string): Promise<void>;
}

export function createActionOutput(secrets: Iterable<string | undefined> = []): ActionOutput {
  const redact = createRedactor();
  const props = (p?: core.AnnotationProperties): core.AnnotationProperties | undefined =>
    p && { ...p, ...(p.title === undefined ? {} : { title: redact(p.title) }) };
  const output: ActionOutput = {
    redact,
    addSecrets(...values) {
      const known = new Set(redact.secrets);
      redact.add(...values);
      for (const secret of redact.secrets) if (!known.has(secret)) core.setSecret(secret);
    },
    info: (message) => core.info(redact(message)),
    notice: (message) => core.notice(redact(message)),
    warning: (message, p) => core.warning(redact(message), props(p)),
    error: (message, p) => core.error(redact(message), props(p)),
    setFailed: (message) => core.setFailed(redact(message)),
    setOutput: (name, value) => core.setOutput(name, redact(String(value))),
    summary: async (markdown) => {
      await core.summary.addRaw(redact(markdown), true).write();
    },
  };
  output.addSecrets(...secrets);
  return output;
}
