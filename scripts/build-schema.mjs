// Writes dist/samenspel.schema.json from the SDK's valibot schema (one source for types, checks and schema).
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../dist/sdk.js';

const schema = toJsonSchema(DatasetSchema, {
  errorMode: 'ignore',
  // Dates are checked by a function (a shape check would let 2026-02-31 pass); say what they are.
  overrideAction: ({ valibotAction, jsonSchema }) =>
    valibotAction.type === 'check' && valibotAction.message === 'invalid_date' ? { ...jsonSchema, format: 'date' } : undefined,
});
schema.$id = 'https://samenspel.nl/schema/samenspel-2.schema.json';
schema.title = 'samenspel dataset, version 2';
await writeFile('dist/samenspel.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('dist/samenspel.schema.json written');
