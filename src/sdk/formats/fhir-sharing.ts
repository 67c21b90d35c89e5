/**
 * samenspel's FHIR R4 extensions for what may be shared and who directs per field (seed 004). FHIR
 * `Consent` would need a policy per exchange; these agreements are workshop agreements between partners,
 * so they travel as documented extensions (docs/formats.md):
 *
 * - `…:sharing-agreement` (`valueCode`: `alles-nodig`, `met-toestemming`, `niets-persoonlijk`) on a
 *   `CareTeam.participant` (the member's agreement), and as sub-extension `sharing` of a
 *   `…:network-relation` (the relation's);
 * - `…:regisseur` on the CareTeam, once per field: sub-extensions `field` (`valueCode`) and `party`
 *   (`valueReference` to the participant's resource).
 *
 * Other FHIR readers ignore them; samenspel reads them back.
 */
import {
  NETWORK_FIELDS,
  SHARING_AGREEMENTS,
  type CareNetwork,
  type NetworkField,
  type Regisseurs,
  type SharingAgreement,
} from '../model.js';

const BASE = 'urn:samenspel:fhir:StructureDefinition';
export const FHIR_SHARING_EXTENSION = `${BASE}:sharing-agreement`;
export const FHIR_REGISSEUR_EXTENSION = `${BASE}:regisseur`;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The extension for an agreement (none without one); `url` is `sharing` inside a network-relation. */
export function sharingExtension(sharing: SharingAgreement | undefined, url = FHIR_SHARING_EXTENSION): Json[] {
  return sharing ? [{ url, valueCode: sharing }] : [];
}

/** The agreement in a list of extensions, if it holds a known one. */
export function readSharing(extensions: unknown, url = FHIR_SHARING_EXTENSION): SharingAgreement | undefined {
  const found = Array.isArray(extensions) ? extensions.find((e) => isObject(e) && e.url === url) : undefined;
  const code = isObject(found) ? found.valueCode : undefined;
  return (SHARING_AGREEMENTS as readonly unknown[]).includes(code) ? (code as SharingAgreement) : undefined;
}

/** One `…:regisseur` extension per field that has a regisseur with a resource in the Bundle. */
export function regisseurExtensions(network: CareNetwork, reference: (party: string) => string | undefined): Json[] {
  return NETWORK_FIELDS.flatMap((field) => {
    const party = network.regisseurs?.[field];
    const ref = party === undefined ? undefined : reference(party);
    return ref
      ? [
          {
            url: FHIR_REGISSEUR_EXTENSION,
            extension: [
              { url: 'field', valueCode: field },
              { url: 'party', valueReference: { reference: ref } },
            ],
          },
        ]
      : [];
  });
}

/** Reads one `…:regisseur` extension into `into`; false when it is not one that can be read. */
export function readRegisseur(
  ext: Json,
  partyFor: (reference: unknown) => string | undefined,
  into: Regisseurs,
): boolean {
  const parts = Array.isArray(ext.extension) ? ext.extension.filter(isObject) : [];
  const field = parts.find((p) => p.url === 'field')?.valueCode;
  const party = partyFor(parts.find((p) => p.url === 'party')?.valueReference);
  if (!(NETWORK_FIELDS as readonly unknown[]).includes(field) || !party) return false;
  into[field as NetworkField] = party;
  return true;
}
