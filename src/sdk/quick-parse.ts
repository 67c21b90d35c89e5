/**
 * Valid records read fast: a valibot schema turned into plain checks that build the same output without
 * valibot's bookkeeping per value (a dataset object per value, issue paths, …). A quick parser answers
 * only "valid, and here is the record" or "not sure"; parseRecord then asks valibot, which says exactly
 * what is wrong. Schema kinds not listed here are handed to valibot whole, so the schemas stay the one
 * truth and a new kind is never read differently, only more slowly.
 */
import * as v from 'valibot';
import { withoutUndefined } from './plain.js';

/** "Not sure": valibot decides. */
const NOT_SURE: unique symbol = Symbol('not sure');
type Run = (value: unknown) => unknown;

/** The parts of a valibot schema or action that the checks below read. */
interface Part {
  kind: string;
  type: string;
  async?: boolean;
  pipe?: Part[];
  entries?: Record<string, Part>;
  item?: Part;
  wrapped?: Part;
  default?: unknown;
  fallback?: unknown;
  options?: unknown[];
  literal?: unknown;
  requirement?: unknown;
  check?(value: unknown): boolean;
}

const compiled = new WeakMap<object, Run>();

/**
 * What valibot's `safeParse(schema, input)` outputs when it succeeds, without keys whose value is
 * undefined (as parseRecord keeps records); undefined when the input may not be valid.
 */
export function quickParse(schema: v.GenericSchema, input: unknown): unknown {
  let run = compiled.get(schema);
  if (!run) compiled.set(schema, (run = compile(schema as unknown as Part)));
  const out = run(input);
  return out === NOT_SURE ? undefined : out;
}

function compile(s: Part): Run {
  if (s.pipe) return compilePipe(s);
  switch (s.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : NOT_SURE);
    case 'number':
      return (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : NOT_SURE);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : NOT_SURE);
    case 'picklist':
      return (x) => (s.options!.includes(x) ? x : NOT_SURE);
    case 'custom':
      return (x) => (s.check!(x) ? x : NOT_SURE);
    case 'optional':
    case 'nullable':
      return compileOptional(s);
    case 'array':
      return compileArray(s);
    case 'strict_object':
      return compileStrictObject(s);
  }
  return byValibot(s);
}

/** The schema read by valibot itself, for a kind the checks here do not cover. */
function byValibot(s: Part): Run {
  return (x) => {
    const result = v.safeParse(s as unknown as v.GenericSchema, x);
    return result.success ? withoutUndefined(result.output) : NOT_SURE;
  };
}

function compilePipe(s: Part): Run {
  const [first, ...actions] = s.pipe!;
  const steps: ((x: never) => unknown)[] = [];
  for (const a of actions) {
    if (a.kind === 'metadata') continue;
    const step = compileAction(a);
    if (!step) return byValibot(s);
    steps.push(step);
  }
  const base = compile(first);
  return (x) => {
    let out = base(x);
    for (let i = 0; i < steps.length && out !== NOT_SURE; i++) out = steps[i](out as never);
    return out;
  };
}

/** One action of a pipe; undefined for one the checks here do not cover. */
function compileAction(a: Part): ((x: never) => unknown) | undefined {
  const limit = a.requirement as number;
  switch (a.type) {
    case 'trim':
      return (x: string) => x.trim();
    case 'min_length':
      return (x: string) => (x.length < limit ? NOT_SURE : x);
    case 'max_length':
      return (x: string) => (x.length > limit ? NOT_SURE : x);
    case 'min_value':
      return (x: number) => (x >= limit ? x : NOT_SURE);
    case 'max_value':
      return (x: number) => (x <= limit ? x : NOT_SURE);
    case 'finite':
    case 'integer':
    case 'check':
      // Called as valibot calls it, as a method of the action.
      return (x) => ((a as { requirement(x: unknown): boolean }).requirement(x) ? x : NOT_SURE);
    case 'regex':
    case 'email': {
      const pattern = a.requirement as RegExp;
      // A global or sticky pattern remembers where it stopped: testing it twice is not testing it once.
      if (pattern.global || pattern.sticky) return undefined;
      return (x: string) => (pattern.test(x) ? x : NOT_SURE);
    }
  }
  return undefined;
}

function compileOptional(s: Part): Run {
  const empty = s.type === 'optional' ? undefined : null;
  // A default that reads valibot's arguments could not be given them here.
  if (typeof s.default === 'function' && s.default.length > 0) return byValibot(s);
  const wrapped = compile(s.wrapped!);
  return (x) => {
    if (x === empty && s.default !== undefined) x = v.getDefault(s as never);
    return x === empty ? x : wrapped(x);
  };
}

function compileArray(s: Part): Run {
  const item = compile(s.item!);
  return (x) => {
    if (!Array.isArray(x)) return NOT_SURE;
    const out: unknown[] = [];
    for (let i = 0; i < x.length; i++) {
      const value = item(x[i]);
      if (value === NOT_SURE) return NOT_SURE;
      out.push(value);
    }
    return out;
  };
}

/** How a strict object is read, field by field; undefined when a field is a kind handed to valibot whole. */
interface Field {
  key: string;
  run: Run;
  schema: Part;
  optional: boolean;
  filled: boolean;
  /** For a field that holds a plain list (`array(item)`, optional or not, without further rules): its item. */
  item?: Run;
}
const plans = new WeakMap<object, Field[] | null>();

function planOf(s: Part): Field[] | undefined {
  let plan = plans.get(s);
  if (plan === undefined) {
    plan = [];
    for (const key in s.entries!) {
      const schema = s.entries![key];
      if (schema.fallback !== undefined) {
        plan = null;
        break;
      }
      const optional = schema.type === 'optional' || schema.type === 'exact_optional' || schema.type === 'nullish';
      // An optional list whose default reads valibot's arguments is left to compileOptional (and so to valibot).
      const plainOptional =
        schema.type === 'optional' &&
        !schema.pipe &&
        !(typeof schema.default === 'function' && schema.default.length > 0);
      const list = plainOptional ? schema.wrapped! : schema;
      plan.push({
        key,
        run: compile(schema),
        schema,
        optional,
        filled: optional && schema.default !== undefined,
        item: list.type === 'array' && !list.pipe ? compile(list.item!) : undefined,
      });
    }
    plans.set(s, plan);
  }
  return plan ?? undefined;
}

/** The checked value of a part met before, or undefined: see {@link quickParseKnown}. */
export type KnownPart = (value: unknown, key: string, index: number) => unknown;

function compileStrictObject(s: Part): Run {
  const plan = planOf(s);
  if (!plan) return byValibot(s);
  return (x) => readObject(s, plan, x);
}

/**
 * quickParse(schema, input) for a record of which some parts were checked before: `known(value, key, -1)`
 * gives the checked value of a field, `known(value, key, i)` that of item i of a field's plain list, or
 * undefined when it is to be checked here (and `checked(value, output)` then hears of each such item). A
 * known part is taken as it is, so it must be the output of checking that very value against the same
 * schema. Undefined when anything is not plainly valid, as quickParse.
 */
export function quickParseKnown(
  schema: v.GenericSchema,
  input: unknown,
  known: KnownPart,
  checked?: (value: unknown, output: unknown) => void,
): unknown {
  const s = schema as unknown as Part;
  const plan = s.type === 'strict_object' && !s.pipe ? planOf(s) : undefined;
  if (!plan) return quickParse(schema, input);
  const out = readObject(s, plan, input, known, checked);
  return out === NOT_SURE ? undefined : out;
}

function readObject(
  s: Part,
  plan: Field[],
  x: unknown,
  known?: KnownPart,
  checked?: (value: unknown, output: unknown) => void,
): unknown {
  if (!x || typeof x !== 'object') return NOT_SURE;
  const input = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const { key, run, schema, optional, filled, item } of plan) {
    let value: unknown;
    // `in`, as valibot asks it.
    if (key in input) {
      const raw = input[key];
      // A known field is taken as checked before; a list's items are looked up one by one.
      value = known?.(raw, key, -1);
      if (value === undefined)
        value = known && item && Array.isArray(raw) ? readList(raw, key, item, known, checked) : run(raw);
    } else if (filled) value = run(v.getDefault(schema as never));
    else if (optional) continue;
    else return NOT_SURE;
    if (value === NOT_SURE) return NOT_SURE;
    if (value !== undefined) out[key] = value;
  }
  for (const key in input) if (!Object.prototype.hasOwnProperty.call(s.entries, key)) return NOT_SURE;
  return out;
}

function readList(
  list: unknown[],
  key: string,
  item: Run,
  known: KnownPart,
  checked?: (value: unknown, output: unknown) => void,
): unknown {
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    let value = known(list[i], key, i);
    if (value === undefined) {
      value = item(list[i]);
      if (value === NOT_SURE) return NOT_SURE;
      checked?.(list[i], value);
    }
    out.push(value);
  }
  return out;
}
