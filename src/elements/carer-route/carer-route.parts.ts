/**
 * The parts of `<carer-route>` that load as one chunk right after its text view is on screen: the swimlane
 * picture and the insights (with where information cannot flow). The text view alone is complete.
 */
export { renderSwimlane } from './carer-route.swimlane.js';
export { renderInsights } from './carer-route.insights.js';
