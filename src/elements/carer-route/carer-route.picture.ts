/**
 * What `<carer-route>` shows after its text view, loaded as one part after first paint: the swimlane
 * picture and the insights (with where information cannot flow). The text view alone is complete.
 */
export { renderSwimlane } from './carer-route.swimlane.js';
export { renderInsights } from './carer-route.insights.js';
