import { fieldsOf, objectFromFields, setPath } from './ideal.js';
import { pick, shuffle } from './rng.js';
export function collectFacts(cases) {
    const labels = new Set();
    const equalsValues = new Set();
    const fieldValues = new Map();
    for (const c of cases) {
        for (const e of c.expect) {
            if (e.type === 'label' && typeof e.value === 'string')
                labels.add(e.value);
            if (e.type === 'equals' && typeof e.value === 'string')
                equalsValues.add(e.value);
            if (e.type === 'json-fields') {
                for (const [path, value] of Object.entries(fieldsOf(e))) {
                    const seen = fieldValues.get(path) ?? [];
                    if (!seen.some((v) => JSON.stringify(v) === JSON.stringify(value)))
                        seen.push(value);
                    fieldValues.set(path, seen);
                }
            }
        }
    }
    return { labels: [...labels].sort(), equalsValues: [...equalsValues].sort(), fieldValues };
}
const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
function otherOf(random, pool, right) {
    const others = pool.filter((v) => !same(v, right));
    return others.length > 0 ? pick(random, others) : undefined;
}
function wrongValue(random, right, seen) {
    const key = JSON.stringify(right);
    const others = seen.filter((v) => JSON.stringify(v) !== key && typeof v === typeof right);
    if (others.length > 0 && random() < 0.6)
        return pick(random, others);
    if (typeof right === 'number')
        return random() < 0.5 ? right + 1 : right * 10;
    if (typeof right === 'boolean')
        return !right;
    if (typeof right === 'string') {
        const words = right.trim().split(/\s+/);
        if (words.length > 1 && random() < 0.5)
            return words.slice(0, -1).join(' ');
        return random() < 0.5 ? null : `${right.trim()}?`;
    }
    if (Array.isArray(right))
        return right.slice(0, -1);
    return right === null ? 'unknown' : null;
}
function wrongFields(e, ideal, facts, random) {
    const fields = fieldsOf(e);
    let object;
    try {
        const parsed = ideal === undefined ? undefined : JSON.parse(ideal);
        object = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : objectFromFields(fields);
    }
    catch {
        object = objectFromFields(fields);
    }
    const paths = Object.keys(fields);
    // Mostly one or two fields wrong, sometimes all: partial credit, as extraction fails in practice.
    const k = Math.max(1, Math.min(paths.length, 1 + Math.floor(random() * random() * paths.length)));
    const shuffled = shuffle(random, paths);
    for (const path of shuffled.slice(0, k))
        setPath(object, path, wrongValue(random, fields[path], facts.fieldValues.get(path) ?? []));
    return JSON.stringify(object, null, 2);
}
/** Python-repr style: what a model writes when it forgets JSON; nothing in it parses. */
function brokenJson(ideal) {
    return ideal
        .replace(/"/g, "'")
        .replace(/\btrue\b/g, 'True')
        .replace(/\bfalse\b/g, 'False')
        .replace(/\bnull\b/g, 'None');
}
function offSchema(ideal, schema) {
    let value;
    try {
        value = JSON.parse(ideal);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const object = value;
    const required = Array.isArray(schema.required) ? schema.required.filter((k) => typeof k === 'string') : [];
    const present = required.filter((k) => k in object);
    if (present.length > 0) {
        delete object[present[0]];
        return JSON.stringify(object, null, 2);
    }
    const first = Object.keys(object)[0];
    if (first === undefined)
        return undefined;
    object[first] = typeof object[first] === 'string' ? 0 : String(object[first]);
    return JSON.stringify(object, null, 2);
}
function removeAll(text, needle, ignoreCase) {
    if (needle === '')
        return text;
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.replace(new RegExp(escaped, ignoreCase ? 'gi' : 'g'), '');
}
function withoutNeededPart(text, e, random) {
    const ignoreCase = e.ignoreCase === true;
    if (e.type === 'contains') {
        const list = typeof e.value === 'string' ? [e.value] : Array.isArray(e.value) ? e.value.map(String) : [];
        // "all" fails when one value is missing; "any" only when every value is gone.
        const drop = e.match === 'any' ? list : list.length > 0 ? [pick(random, list)] : [];
        return drop.reduce((t, v) => removeAll(t, v, ignoreCase), text);
    }
    if (e.type === 'regex' && typeof e.pattern === 'string') {
        try {
            const flags = typeof e.flags === 'string' ? e.flags : '';
            return text.replace(new RegExp(e.pattern, flags.includes('g') ? flags : `${flags}g`), '');
        }
        catch {
            return text;
        }
    }
    return text;
}
function truncated(text, random) {
    const cut = Math.floor(text.length * (0.3 + 0.35 * random()));
    const lineEnd = text.lastIndexOf('\n', cut);
    return text.slice(0, lineEnd > cut / 2 ? lineEnd : cut);
}
/** A wrong answer for a case, shaped by its most specific expectation. */
export function wrongOutput(c, ideal, facts, random) {
    const byType = (type) => c.expect.find((e) => e.type === type);
    const label = byType('label');
    if (label && typeof label.value === 'string')
        return otherOf(random, facts.labels, label.value) ?? 'other';
    const equals = byType('equals');
    if (equals && typeof equals.value === 'string') {
        return otherOf(random, facts.equalsValues, equals.value) ?? `Probably ${equals.value.trim()}, but I am not sure.`;
    }
    const fields = byType('json-fields');
    if (fields)
        return wrongFields(fields, ideal, facts, random);
    const json = byType('json');
    if (json && ideal !== undefined) {
        const schema = typeof json.schema === 'object' && json.schema !== null ? json.schema : undefined;
        const violating = schema && random() < 0.5 ? offSchema(ideal, schema) : undefined;
        return violating ?? brokenJson(ideal);
    }
    const base = ideal ?? '';
    const removable = c.expect.filter((e) => e.type === 'contains' || e.type === 'regex');
    let text = base;
    if (removable.length > 0) {
        // Always miss at least one checked part, so a wrong answer is wrong for the graders too.
        const chosen = removable.filter(() => random() < 0.5);
        for (const e of chosen.length > 0 ? chosen : [pick(random, removable)])
            text = withoutNeededPart(text, e, random);
        if (random() < 0.4)
            text = truncated(text, random);
    }
    else {
        text = truncated(base, random);
    }
    const forbidden = byType('not-contains');
    if (forbidden && random() < 0.5) {
        const value = Array.isArray(forbidden.value) ? forbidden.value.map(String) : [String(forbidden.value ?? '')];
        text = `${text}\n${value.join(' ')}`;
    }
    return text;
}
