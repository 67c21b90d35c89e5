/**
 * The dataset's own words the two network tools both show (legends, details, forms), in Dutch and English;
 * apart from common.ts so that pages without a network do not download them.
 */
import type { Field, PartyKind, RelationKind, SharingAgreement, Strength } from '../sdk/model.js';

export const nl = {
  fieldNames: {
    zorg: 'Zorg',
    welzijn: 'Welzijn',
    medisch: 'Medisch',
    informeel: 'Informeel',
    overig: 'Overig',
  } as Record<Field, string>,
  kindNames: { persoon: 'Persoon', organisatie: 'Organisatie', team: 'Team', initiatief: 'Initiatief' } as Record<
    PartyKind,
    string
  >,
  relationKinds: {
    'werkt-samen': 'werkt samen met',
    verwijst: 'verwijst naar',
    ondersteunt: 'ondersteunt',
    coordineert: 'coördineert',
    informeert: 'informeert',
  } as Record<RelationKind, string>,
  strengths: { sterk: 'sterk', zwak: 'zwak', moeizaam: 'moeizaam' } as Record<Strength, string>,
  /** What may be shared over a relation, or by a party in the care networks it is in (seed 004). */
  sharing: {
    'alles-nodig': 'deelt alles wat nodig is',
    'met-toestemming': 'deelt alleen met toestemming van de mantelzorger',
    'niets-persoonlijk': 'deelt niets over de persoonlijke situatie',
  } as Record<SharingAgreement, string>,
};

export const en: typeof nl = {
  fieldNames: { zorg: 'Care', welzijn: 'Welfare', medisch: 'Medical', informeel: 'Informal', overig: 'Other' },
  kindNames: { persoon: 'Person', organisatie: 'Organisation', team: 'Team', initiatief: 'Initiative' },
  relationKinds: {
    'werkt-samen': 'works with',
    verwijst: 'refers to',
    ondersteunt: 'supports',
    coordineert: 'coordinates',
    informeert: 'informs',
  },
  strengths: { sterk: 'strong', zwak: 'weak', moeizaam: 'difficult' },
  sharing: {
    'alles-nodig': 'shares all that is needed',
    'met-toestemming': "shares only with the carer's consent",
    'niets-persoonlijk': 'shares nothing about the personal situation',
  },
};
