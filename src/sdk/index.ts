/** samenspel/sdk: the typed data SDK. No Lit and no DOM, so it runs in Node and in any framework. */
import { sdkMessages } from './messages/issues.js';
import { useSdkMessages } from './issues.js';
import { useQuickParse } from './parse-record.js';
import * as quickParse from './quick-parse.js';

export * from './model.js';
export * from './issues.js';
export * from './parse.js';
export { withUnread, type UnreadPart, type Anchor } from './unread.js';
export * from './store.js';
export * from './edits.js';
export { LANGS, toLang, type Lang, type Catalog } from './messages/lang.js';
export * from './formats/csv.js';
export * from './instrument.js';
export { loadDefaultInstrument } from './load-instrument.js';
export * from './analysis/cooperation-check.js';
export * from './sample.js';
export * from './sample-route.js';
export * from './layout/care-network.js';
export * from './analysis/care-network.js';
export * from './analysis/sharing.js';
export * from './formats/fhir.js';
export * from './formats/fhir-directory.js';
export * from './formats/cooperation-check-export.js';
export * from './generate.js';
export * from './analysis/who-is-who.js';
export * from './formats/parties-csv.js';
export * from './formats/hsds.js';
export * from './adapters/adapter.js';
export * from './adapters/memory.js';
export * from './adapters/local-storage.js';
export * from './adapters/http.js';
export * from './adapters/file.js';
export * from './adapters/autosave.js';
export * from './patch.js';
export * from './dataset-merge.js';
export * from './goal-tree.js';
export * from './goal-tree-edit.js';
export * from './analysis/goal-tree.js';
export * from './formats/goal-tree-export.js';
export * from './route.js';
export * from './route-edit.js';
export * from './route-links.js';
export * from './analysis/route.js';
export * from './formats/route-export.js';
export { migrate } from './migrate.js';

// Whoever uses the SDK gets every issue with its message at once.
useSdkMessages(sdkMessages);
// … and reads valid records quickly from the first one (the elements load the quick reader when it pays).
useQuickParse(quickParse);
