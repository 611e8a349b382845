// Messages for the errors that stop a run. They name the model and the endpoint
// and say what to do, because the person reading them is fixing a config.
import { NO_API_KEY, modelPath, type CallRole, type ModelConfig, type ModelSlot } from '../types.js';
import type { BudgetSummary } from './budget.js';

/** The config field a role's model lives in, for LlmGateError.field. */
export function modelField(role: CallRole | ModelSlot): string {
  return `${modelPath(role)}.model`;
}

export function fatalMessage(opts: { role: CallRole; model: ModelConfig; status: number; serverMessage: string }): string {
  const { role, model, status, serverMessage } = opts;
  const who = `${role} model "${model.model}" at ${model.baseUrl}`;
  const said = `the endpoint answered ${serverMessage.startsWith(String(status)) ? serverMessage : `${status} ${serverMessage}`}`;
  const keyless = model.apiKeyEnv === NO_API_KEY;
  switch (status) {
    case 401:
      return keyless
        ? `${who}: the endpoint wants a key (${said}), and apiKeyEnv is none. Set apiKeyEnv to the variable holding it, or send it in headers.`
        : `${who}: the API key was rejected (${said}). Put a valid key for this endpoint in $${model.apiKeyEnv}.`;
    case 403:
      return keyless
        ? `${who}: access denied (${said}) to a request without a key (apiKeyEnv: none). Check the headers it needs.`
        : `${who}: access denied (${said}). Check that the key in $${model.apiKeyEnv} may use this model (project, organisation, region).`;
    default:
      return `${who}: not found (${said}). Check the model name in ${modelField(role)} and that baseUrl is the API root, e.g. https://api.openai.com/v1.`;
  }
}

/** Why a call was not sent: the numbers the ledger decided on, so the report can show how far the money went. */
export function budgetMessage(summary: BudgetSummary, worstUsd: number): string {
  const usd = (value: number): string => `$${value.toFixed(4)}`;
  return (
    `not sent: run.budget ${usd(summary.budgetUsd ?? 0)} would be passed ` +
    `(spent ${usd(summary.spentUsd)}, held ${usd(summary.heldUsd)}, in flight ${usd(summary.reservedUsd)}; ` +
    `this call reserves up to ${usd(worstUsd)})`
  );
}
