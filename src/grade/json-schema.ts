// Compiles user JSON Schemas with ajv (a real validator, never a hand-written one).
// Draft 2020-12 by default (what z.toJSONSchema and most tools emit); a schema that
// declares draft-07 or draft-06 in `$schema` gets ajv's draft-07 engine.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

// strictSchema stays on so a misspelt keyword ("requird") is a config error, not a silent no-op.
const OPTIONS = { allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false } as const;

let ajv2020: Ajv2020 | undefined;
let ajv07: Ajv | undefined;
const cache = new Map<string, ValidateFunction>();

function engineFor(schema: Record<string, unknown>): Ajv | Ajv2020 {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (/draft-0[67]/.test(declared)) return (ajv07 ??= new Ajv(OPTIONS));
  return (ajv2020 ??= new Ajv2020(OPTIONS));
}

/** Compiles (once per distinct schema) or throws with ajv's reason. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let fn = cache.get(key);
  if (!fn) {
    fn = engineFor(schema).compile(schema);
    cache.set(key, fn);
  }
  return fn;
}

/** `/items/0/price must be number` — ajv's errors, the first few, one clause each. */
export function describeErrors(errors: ErrorObject[] | null | undefined, max = 3): string {
  const list = errors ?? [];
  const parts = list.slice(0, max).map((e) => {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    const extra = e.keyword === 'additionalProperties' ? ` "${String(e.params.additionalProperty)}"` : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
  const more = list.length > max ? ` (+${list.length - max} more)` : '';
  return parts.join('; ') + more;
}
