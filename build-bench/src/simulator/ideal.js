/** Sets `value` at a dotted path ("customer.address.city", "items.0.sku"), creating arrays for numeric parts. */
export function setPath(root, path, value) {
    const parts = path.split('.');
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
        const part = parts[i];
        const nextIsIndex = /^\d+$/.test(parts[i + 1]);
        const key = Array.isArray(node) ? Number(part) : part;
        let child = node[key];
        if (typeof child !== 'object' || child === null) {
            child = nextIsIndex ? [] : {};
            node[key] = child;
        }
        node = child;
    }
    const last = parts[parts.length - 1];
    node[Array.isArray(node) ? Number(last) : last] = value;
}
/** An object holding every expected field, dotted paths expanded (json-fields reads them back the same way). */
export function objectFromFields(fields) {
    const out = {};
    for (const [path, value] of Object.entries(fields))
        setPath(out, path, structuredClone(value));
    return out;
}
/** A small value that satisfies common JSON Schema keywords: enough for a simulated "right" answer. */
export function sampleFromSchema(schema, depth = 0) {
    if (typeof schema !== 'object' || schema === null || depth > 8)
        return null;
    const s = schema;
    if ('const' in s)
        return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0)
        return s.enum[0];
    if ('default' in s)
        return s.default;
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    switch (type) {
        case 'object': {
            const props = (s.properties ?? {});
            const out = {};
            for (const [key, sub] of Object.entries(props))
                out[key] = sampleFromSchema(sub, depth + 1);
            return out;
        }
        case 'array': {
            const min = typeof s.minItems === 'number' ? s.minItems : 1;
            return Array.from({ length: min }, () => sampleFromSchema(s.items, depth + 1));
        }
        case 'string':
            return 'x'.repeat(typeof s.minLength === 'number' ? s.minLength : 1);
        case 'integer':
        case 'number':
            return typeof s.minimum === 'number' ? s.minimum : 0;
        case 'boolean':
            return true;
        default:
            return null;
    }
}
function values(e) {
    const v = e.value;
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.map(String);
    return [];
}
export function fieldsOf(e) {
    return typeof e.fields === 'object' && e.fields !== null ? e.fields : {};
}
// Most specific first: a label or an exact value says everything; contains only a part.
const ORDER = ['label', 'equals', 'json-fields', 'json', 'contains'];
export function idealOf(c) {
    if (c.ideal !== undefined)
        return c.ideal;
    for (const type of ORDER) {
        const e = c.expect.find((x) => x.type === type);
        if (!e)
            continue;
        if (type === 'label' || type === 'equals')
            return values(e)[0];
        if (type === 'json-fields')
            return JSON.stringify(objectFromFields(fieldsOf(e)), null, 2);
        if (type === 'json' && e.schema)
            return JSON.stringify(sampleFromSchema(e.schema), null, 2);
        if (type === 'contains') {
            const list = values(e);
            return e.match === 'any' ? list[0] : list.join('\n');
        }
    }
    return undefined;
}
