/** The config field a role's model lives in, for LlmGateError.field. */
export function modelField(role) {
    return role === 'judge' ? 'judge.model' : `models.${role}.model`;
}
export function fatalMessage(opts) {
    const { role, model, status, serverMessage } = opts;
    const who = `${role} model "${model.model}" at ${model.baseUrl}`;
    const said = `the endpoint answered ${serverMessage.startsWith(String(status)) ? serverMessage : `${status} ${serverMessage}`}`;
    switch (status) {
        case 401:
            return `${who}: the API key was rejected (${said}). Put a valid key for this endpoint in $${model.apiKeyEnv}.`;
        case 403:
            return `${who}: access denied (${said}). Check that the key in $${model.apiKeyEnv} may use this model (project, organisation, region).`;
        default:
            return `${who}: not found (${said}). Check the model name in ${modelField(role)} and that baseUrl is the API root, e.g. https://api.openai.com/v1.`;
    }
}
