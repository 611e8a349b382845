export const id = 879;
export const ids = [879,260];
export const modules = {

/***/ 6260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REDACTED: () => (/* binding */ REDACTED),
/* harmony export */   createRedactor: () => (/* binding */ createRedactor),
/* harmony export */   isSecretName: () => (/* binding */ isSecretName),
/* harmony export */   secretsFromEnv: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
// Secrets are removed at the last step before anything is written (comment, summary,
// annotations, outputs, reports, stdout, stderr), whatever path produced the text: a key
// can reach a report through a model that echoes its prompt, an endpoint's error body or
// a config value, so redacting at each source would always miss one.
const REDACTED = '[redacted]';
/** Shorter values are too likely to be ordinary text ("1", "true") to be replaced everywhere. */
const MIN_SECRET_CHARS = 6;
/** The forms a secret takes in what we write: as is, and escaped inside a JSON string. */
function formsOf(secret) {
    const escaped = JSON.stringify(secret).slice(1, -1);
    return escaped === secret ? [secret] : [secret, escaped];
}
function createRedactor(initial = []) {
    const forms = new Set();
    const kept = new Set();
    let ordered = [];
    const redact = ((text) => {
        let out = text;
        // Longest first, so a secret that contains another is replaced whole. Each pass is a
        // linear scan (split/join); there are a handful of secrets.
        for (const form of ordered)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out;
    });
    redact.add = (...secrets) => {
        for (const secret of secrets) {
            const value = secret?.trim();
            if (!value || value.length < MIN_SECRET_CHARS)
                continue;
            kept.add(value);
            for (const form of formsOf(value))
                forms.add(form);
        }
        ordered = [...forms].sort((a, b) => b.length - a.length);
    };
    Object.defineProperty(redact, 'secrets', { get: () => [...kept].sort((a, b) => b.length - a.length) });
    redact.add(...initial);
    return redact;
}
/** Names of environment variables that hold secrets by convention. */
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i;
/** Whether an environment variable's name says it holds a secret (the rule secretsFromEnv applies). */
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/**
 * Values of the environment that are secrets by their name (OPENAI_API_KEY, GITHUB_TOKEN,
 * INPUT_API-KEY, ACTIONS_RUNTIME_TOKEN, ...): redacted before the config names which keys
 * are in use, so an error printed before that leaks none either.
 */
function secretsFromEnv(env) {
    return Object.entries(env).flatMap(([name, value]) => (value && isSecretName(name) ? [value] : []));
}


/***/ })

};
