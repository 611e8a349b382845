export const id = 664;
export const ids = [664];
export const modules = {

/***/ 2093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ LOCAL_PRICES),
/* harmony export */   Is: () => (/* binding */ priceAgeDays),
/* harmony export */   LZ: () => (/* binding */ builtinPrice),
/* harmony export */   QY: () => (/* binding */ loadPriceTable),
/* harmony export */   dZ: () => (/* binding */ PRICE_MAX_AGE_DAYS),
/* harmony export */   dq: () => (/* binding */ PRICE_TABLE),
/* harmony export */   zP: () => (/* binding */ PRICES_CHECKED)
/* harmony export */ });
/** The bundled table: keep in step with package.json (a test checks it). */
const PRICE_TABLE = { name: 'genai-prices', version: '0.1.8', published: '2026-09-23' };
/** A price is old past this many days: the report warns, since vendors cut prices often. */
const PRICE_MAX_AGE_DAYS = 90;
/** When llm-gate's own rows were last checked against the vendors' pages. */
const PRICES_CHECKED = '2026-11';
let calcPrice;
/**
 * Loads the bundled table: 2 MB of data, ~35 ms to parse, so a config whose models all have
 * a price (the demo, most CI configs) never pays for it. builtinPrice knows only llm-gate's
 * own rows until this has resolved.
 */
async function loadPriceTable() {
    calcPrice ??= (await __webpack_require__.e(/* import() */ 294).then(__webpack_require__.bind(__webpack_require__, 2294))).calcPrice;
}
/** Model ids longer than this are not looked up (the table's match rules run per id). */
const MAX_MODEL_ID_CHARS = 200;
function price(input, cachedInput, output) {
    return { input, cachedInput, output };
}
/**
 * Rows the bundled table does not have, checked by hand (PRICES_CHECKED). Exact ids only.
 * Mistral's dated ids (its "-latest" aliases move to new models with new prices); DeepSeek's
 * deepseek-flash, the current name of V4 Flash, at the peak rate (api-docs.deepseek.com,
 * copies of 2026-10/11).
 */
const LOCAL_PRICES = Object.freeze({
    'mistral-small-2503': price(0.1, 0.1, 0.3),
    'ministral-3b-2410': price(0.04, 0.04, 0.04),
    'deepseek-flash': price(0.3, 0.006, 1.2),
});
function baseOf(rate) {
    if (typeof rate === 'number')
        return rate;
    return rate && typeof rate.base === 'number' ? rate.base : undefined;
}
/** The rate for a prompt of more than `above` tokens. */
function rateAbove(rate, above) {
    if (typeof rate === 'number' || rate === undefined)
        return rate;
    let value = rate.base;
    for (const tier of rate.tiers)
        if (above >= tier.start)
            value = tier.price;
    return value;
}
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}
/**
 * One set of rates from an entry's list of prices: the unconstrained first, replaced by
 * the latest start_date in force on `today`; each time-of-day window then raises a rate
 * to its own when higher.
 */
function ratesOn(model, today) {
    if (!Array.isArray(model.prices))
        return model.prices;
    const day = isoDay(today);
    let dated;
    let datedFrom = '';
    const windows = [];
    for (const entry of model.prices) {
        const c = entry.constraint;
        if (c === undefined) {
            if (dated === undefined)
                dated = entry.prices;
        }
        else if (c.type === 'start_date') {
            if (c.start_date <= day && c.start_date >= datedFrom) {
                dated = entry.prices;
                datedFrom = c.start_date;
            }
        }
        else {
            windows.push(entry.prices);
        }
    }
    const rates = { ...(dated ?? model.prices[0]?.prices ?? {}) };
    for (const window of windows) {
        for (const key of ['input_mtok', 'cache_read_mtok', 'output_mtok']) {
            const a = baseOf(rates[key]);
            const b = baseOf(window[key]);
            if (b !== undefined && (a === undefined || b > a))
                rates[key] = window[key];
        }
    }
    return rates;
}
/** The Price of a set of rates: base rates and, where any rate is tiered, one tier per start. */
function toPrice(rates) {
    const input = rates.input_mtok;
    const output = rates.output_mtok;
    const cached = rates.cache_read_mtok ?? input;
    const base = { input: baseOf(input), cachedInput: baseOf(cached), output: baseOf(output) };
    if (base.input === undefined || base.output === undefined || base.cachedInput === undefined)
        return undefined;
    const p = { input: base.input, cachedInput: base.cachedInput, output: base.output };
    const starts = new Set();
    for (const rate of [input, cached, output])
        if (typeof rate === 'object' && rate)
            for (const t of rate.tiers)
                starts.add(t.start);
    const tiers = [...starts]
        .sort((a, b) => a - b)
        .map((start) => ({ aboveInputTokens: start, input: rateAbove(input, start), cachedInput: rateAbove(cached, start), output: rateAbove(output, start) }));
    if (tiers.length > 0)
        p.tiers = tiers;
    return p;
}
/**
 * The built-in price of a model id, or undefined. `baseUrl` picks the provider where the
 * table knows the endpoint (OpenRouter, Azure, a vendor's API); for any other (a gateway, a
 * local server) the id alone decides. `today` resolves dated price changes.
 */
function builtinPrice(model, opts = {}) {
    if (Object.hasOwn(LOCAL_PRICES, model)) {
        const p = LOCAL_PRICES[model];
        return { price: { input: p.input, cachedInput: p.cachedInput, output: p.output }, source: { kind: 'builtin', checked: PRICES_CHECKED, table: 'llm-gate' } };
    }
    if (model.length === 0 || model.length > MAX_MODEL_ID_CHARS || calcPrice === undefined)
        return undefined;
    const today = opts.today ?? new Date();
    let found = null;
    try {
        if (opts.baseUrl !== undefined && !isLocal(opts.baseUrl))
            found = calcPrice({ input_tokens: 0 }, model, { providerApiUrl: opts.baseUrl, timestamp: today });
        found ??= calcPrice({ input_tokens: 0 }, model, { timestamp: today });
    }
    catch {
        return undefined;
    }
    if (!found)
        return undefined;
    const p = toPrice(ratesOn(found.model, today));
    if (!p)
        return undefined;
    const source = { kind: 'builtin', checked: PRICE_TABLE.published, table: `${PRICE_TABLE.name} ${PRICE_TABLE.version}` };
    if (found.model.id !== model)
        source.entry = `${found.provider.id}/${found.model.id}`;
    return { price: p, source };
}
/** Loopback and private hosts name no provider: the model id decides. */
function isLocal(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host.endsWith('.local') || host.endsWith('.internal');
    }
    catch {
        return true;
    }
}
/** Whole days from a price's date (YYYY-MM-DD, or YYYY-MM meaning its first day) to `today`. */
function priceAgeDays(checked, today) {
    const day = /^\d{4}-\d{2}$/.test(checked) ? `${checked}-01` : checked;
    const t = Date.parse(`${day}T00:00:00Z`);
    if (!Number.isFinite(t))
        return undefined;
    return Math.floor((today.getTime() - t) / 86_400_000);
}


/***/ }),

/***/ 6260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   zr: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
/* unused harmony export REDACTED */
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
