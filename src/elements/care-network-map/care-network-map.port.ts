/** The port the parts of <care-network-map> (views, actions, drawing, export, import) get instead of the element. */
import type { nothing, TemplateResult } from 'lit';
import type { Port } from '../../internal/port.js';
import type { CareNetwork, Party } from '../../sdk/model.js';
import type { CareNetworkAnalysis } from '../../sdk/analysis/care-network.js';
import type { CareNetworkLayout } from '../../sdk/layout/care-network.js';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';

/** What the parts read of the element, as it is now. */
export interface MapOptions {
  /** The network shown, if there is one. */
  readonly network?: CareNetwork;
  /** Its layout (positions, rings, sectors), as drawn. */
  readonly layout?: CareNetworkLayout;
  /** Its analysis (regiehouder, gaps, counts). */
  readonly analysis?: CareNetworkAnalysis;
  /** The dataset's parties by id. */
  readonly parties: ReadonlyMap<string, Party>;
  /** Level of the element's title heading; sections are one level below it. */
  readonly headingLevel: number;
  /** `editable`: the views offer editing unless in present mode; members on the map can be dragged. */
  readonly editable: boolean;
  /** Present mode: only the buttons a facilitator needs. */
  readonly present: boolean;
  readonly selected?: string;
  readonly selectedRelation?: string;
  /** In a live room: the name tag of the others who have this party selected. */
  readonly mark?: (party: string) => TemplateResult | typeof nothing;
}

/** `select(id)` selects a party; a relation is selected through the actions. */
export type MapPort = Port<CareNetworkMapMessages, MapOptions>;
