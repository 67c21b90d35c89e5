// Writes dist/samenspel.schema.json from the SDK's valibot schema (one source for types, checks and schema).
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ActionSchema, DatasetSchema, RelationSchema, ResponseSchema, StepSchema } from '../dist/sdk.js';

// Objects keyed by ids are checked by a function (so that any id, `__proto__` too, is a key): say what they hold.
const idMaps = new Map([
  [
    'answers',
    {
      type: 'object',
      description: 'statement id → 1..5, or null for "weet ik niet"',
      additionalProperties: { anyOf: [{ type: 'integer', minimum: 1, maximum: 5 }, { type: 'null' }] },
    },
  ],
  [
    'comments',
    { type: 'object', description: 'aspect id → comment', additionalProperties: { type: 'string', maxLength: 10000 } },
  ],
]);

const schema = toJsonSchema(DatasetSchema, {
  errorMode: 'ignore',
  definitions: { Relation: RelationSchema, Step: StepSchema, Response: ResponseSchema, Action: ActionSchema },
  overrideSchema: ({ valibotSchema }) =>
    valibotSchema.type === 'custom' ? idMaps.get(valibotSchema.message) : undefined,
  // Dates are checked by a function (a shape check would let 2026-02-31 pass); say what they are.
  overrideAction: ({ valibotAction, jsonSchema }) =>
    valibotAction.type === 'check' && valibotAction.message === 'invalid_date'
      ? { ...jsonSchema, format: 'date' }
      : undefined,
});
// A reader fills in the id of a relation, step, response or action that has none (reported as info).
for (const name of ['Relation', 'Step', 'Response', 'Action']) {
  const def = schema.$defs?.[name];
  if (def?.required) def.required = def.required.filter((key) => key !== 'id');
}
schema.$id = 'https://samenspel.nl/schema/samenspel-2.schema.json';
schema.title = 'samenspel dataset, version 2';
await writeFile('dist/samenspel.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('dist/samenspel.schema.json written');
