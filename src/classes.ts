/** The element classes, without registering any tag: register them under names of your own. */
export { CareNetworkMapElement } from './elements/care-network-map/care-network-map.component.js';
export { GoalTreeElement } from './elements/goal-tree/goal-tree.component.js';
export { CooperationCheckElement } from './elements/cooperation-check/cooperation-check.component.js';
export { WhoIsWhoElement } from './elements/who-is-who/who-is-who.component.js';
export { CarerRouteElement } from './elements/carer-route/carer-route.component.js';
export { SamenspelData } from './elements/samenspel-data/samenspel-data.component.js';
export { SamenspelElement } from './internal/samenspel-element.js';
