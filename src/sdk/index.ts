/** samenspel/sdk: the typed data SDK. No Lit and no DOM, so it runs in Node and in any framework. */
export * from './model.js';
export * from './issues.js';
export * from './parse.js';
export * from './store.js';
export { LANGS, toLang, type Lang, type Catalog } from '../translations/localize.js';
export * from './formats/csv.js';
export * from './instrument.js';
export * from './analysis/cooperation-check.js';
export * from './sample.js';
export * from './layout/care-network.js';
export * from './analysis/care-network.js';
export * from './formats/fhir.js';
export * from './formats/cooperation-check-export.js';
export * from './generate.js';
