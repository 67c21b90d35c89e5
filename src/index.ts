/**
 * samenspel: importing this module registers all five tools and `<samenspel-data>`, and gives the SDK.
 */
export * from './sdk/index.js';
export * from './events/events.js';
export { storeContext } from './internal/context.js';
export * from './classes.js';
import './elements/samenspel-data/samenspel-data.js';
import './elements/care-network-map/care-network-map.js';
import './elements/goal-tree/goal-tree.js';
import './elements/cooperation-check/cooperation-check.js';
import './elements/who-is-who/who-is-who.js';
import './elements/carer-route/carer-route.js';
