/**
 * The roles of the people around the naaste in FHIR: written as the `relationship` of an
 * nl-core-ContactPerson (the zib RolCodelijst, and the family relation in HL7 v3 RoleCode where the
 * words say it), and the carer recognised on reading by any of the codes systems use for a mantelzorger.
 */
import type { Party } from '../model.js';
import {
  FHIR_ROLE_SYSTEM,
  MANTELZORGER,
  SNOMED_CAREGIVER,
  SNOMED_INFORMAL_CARER,
  V3_ROLE_CODE_SYSTEM,
  ZIB_ROLE_SYSTEM,
  hasCoding,
  type Coding,
  type Json,
} from './fhir-common.js';

/** Words in a role, and the RolCodelijst (COD472) code they stand for; anyone else is `23` Contactpersoon. */
const ZIB_ROLES: readonly (readonly [RegExp, string, string])[] = [
  [/\bbewindvoerder/, '14', 'Bewindvoerder'],
  [/\bmentor/, '15', 'Mentor'],
  [/\bvoogd/, '11', 'Voogd'],
  [/\bcli[eë]ntondersteun/, '21', 'Cliëntondersteuner'],
  [/\bwettelijk(e)? vertegenwoordiger/, '24', 'Wettelijke vertegenwoordiger'],
  [/\bbu(u)?r(vrouw|man|en)?\b/, '19', 'Buur'],
  [/\b(vriend(in)?|kennis)\b/, '20', 'Vriend(in)/kennis'],
];
/** Family words, and the HL7 v3 RoleCode of the RelatieCodelijst they stand for (relative to the naaste). */
const V3_RELATIONS: readonly (readonly [RegExp, string, string])[] = [
  [/\bdochter\b/, 'DAU', 'daughter'],
  [/\bzoon\b/, 'SON', 'son'],
  [/\bkind\b/, 'CHILD', 'child'],
  [/\b(partner|echtgeno(o)?te?|man|vrouw)\b/, 'SPS', 'spouse'],
  [/\bmoeder\b/, 'MTH', 'mother'],
  [/\bvader\b/, 'FTH', 'father'],
  [/\bbroer\b/, 'BRO', 'brother'],
  [/\bzus(ter)?\b/, 'SIS', 'sister'],
  [/\bkleindochter\b/, 'GRNDDAU', 'granddaughter'],
  [/\bkleinzoon\b/, 'GRNDSON', 'grandson'],
  [/\bbu(u)?r(vrouw|man)?\b/, 'NBOR', 'neighbor'],
  [/\bvriend(in)?\b/, 'FRND', 'unrelated friend'],
];

/** `RelatedPerson.relationship` of an nl-core-ContactPerson: the role (coded, with the words), then the family relation where the words say it. */
export function contactRelationship(p: Party, carer: boolean): Json[] {
  const words = (p.role ?? '').toLowerCase();
  const zib = ZIB_ROLES.find(([re]) => re.test(words));
  const roleCodings: Coding[] = carer
    ? [MANTELZORGER, SNOMED_INFORMAL_CARER]
    : [{ system: ZIB_ROLE_SYSTEM, code: zib?.[1] ?? '23', display: zib?.[2] ?? 'Contactpersoon' }];
  const roleText = p.role ?? (carer ? 'mantelzorger' : undefined);
  // "zus van Samira" names someone else's relation, not the naaste's: then no family code.
  const family = / van /.test(words) ? undefined : V3_RELATIONS.find(([re]) => re.test(words));
  return [
    { coding: roleCodings, ...(roleText ? { text: roleText } : {}) },
    ...(family ? [{ coding: [{ system: V3_ROLE_CODE_SYSTEM, code: family[1], display: family[2] }] }] : []),
  ];
}

/** Coded as the mantelzorger: samenspel's own code, SNOMED Caregiver or Informal carer, or the Dutch `100001` Mantelzorger. */
export function isCarerRole(concept: unknown): boolean {
  return (
    hasCoding(concept, { system: FHIR_ROLE_SYSTEM, code: 'mantelzorger' }) ||
    [SNOMED_CAREGIVER, SNOMED_INFORMAL_CARER, MANTELZORGER].some((c) => hasCoding(concept, c))
  );
}

export function isCaregiver(resource: Json | undefined): boolean {
  return (
    !!resource &&
    resource.resourceType === 'RelatedPerson' &&
    Array.isArray(resource.relationship) &&
    resource.relationship.some(isCarerRole)
  );
}
