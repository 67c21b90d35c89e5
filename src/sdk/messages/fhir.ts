/** Messages of the FHIR R4 import (`fromFhirBundle`), in Dutch (source) and English. They live in the SDK, so it needs no element's catalogue. */
import type { Catalog } from './lang.js';

const q = (s: unknown) => `‘${String(s)}’`;

export const fhirNl = {
  notJson: 'Dit bestand is geen geldige JSON.',
  notBundle: 'Dit is geen FHIR-Bundle: verwacht werd een object met resourceType ‘Bundle’ en een lijst ‘entry’.',
  noResource: 'Deze entry heeft geen resource en is overgeslagen.',
  missingReference: (ref: string) => `Verwijst naar ${q(ref)}, maar die staat niet in de Bundle.`,
  unsupportedMember: (type: string) =>
    `Een deelnemer van het soort ${q(type)} kan niet op de netwerkkaart en is overgeslagen.`,
  noSubject: 'Het CareTeam heeft geen naaste (subject) en is overgeslagen.',
  ended: (date: string) => `Deze deelnemer is gestopt op ${date} en is niet overgenomen.`,
  noMember: 'Deze deelnemer heeft geen member en is overgeslagen.',
  guessedRing: (name: string, ring: string) => `Voor ${q(name)} stond geen ring. Gekozen is ${q(ring)}.`,
  guessedField: (name: string, field: string) => `Voor ${q(name)} stond geen veld. Gekozen is ${q(field)}.`,
  guessedCarer: (name: string) => `Er was geen mantelzorger aangegeven. ${q(name)} is als mantelzorger genomen.`,
  noCarer: 'Het CareTeam heeft geen mantelzorger (RelatedPerson) en is overgeslagen.',
  unknownExtension: (url: string) => `De extensie ${q(url)} is onbekend en is overgeslagen.`,
  badRelation: 'Deze relatie verwijst naar iemand die niet in het netwerk staat en is overgeslagen.',
  noCareTeam: 'De Bundle heeft geen CareTeam: er is geen netwerk om over te nemen.',
  unsupportedResource: (type: string) =>
    `Een resource van het soort ${q(type)} hoort niet bij een netwerkkaart en is overgeslagen.`,
};
export type FhirMessages = typeof fhirNl;
export const fhirEn: FhirMessages = {
  notJson: 'This file is not valid JSON.',
  notBundle: 'This is not a FHIR Bundle: an object with resourceType ‘Bundle’ and an ‘entry’ list was expected.',
  noResource: 'This entry has no resource and was skipped.',
  missingReference: (ref) => `Refers to ${q(ref)}, which is not in the Bundle.`,
  unsupportedMember: (type) => `A participant of type ${q(type)} cannot be placed on the network map and was skipped.`,
  noSubject: 'The CareTeam has no person cared for (subject) and was skipped.',
  ended: (date) => `This participant stopped on ${date} and was not taken over.`,
  noMember: 'This participant has no member and was skipped.',
  guessedRing: (name, ring) => `No ring was given for ${q(name)}. ${q(ring)} was chosen.`,
  guessedField: (name, field) => `No field was given for ${q(name)}. ${q(field)} was chosen.`,
  guessedCarer: (name) => `No carer was marked. ${q(name)} was taken as the carer.`,
  noCarer: 'The CareTeam has no carer (RelatedPerson) and was skipped.',
  unknownExtension: (url) => `The extension ${q(url)} is unknown and was skipped.`,
  badRelation: 'This relation refers to someone who is not in the network and was skipped.',
  noCareTeam: 'The Bundle has no CareTeam: there is no network to take over.',
  unsupportedResource: (type) => `A resource of type ${q(type)} does not belong on a network map and was skipped.`,
};
export const fhirMessages: Catalog<FhirMessages> = { nl: fhirNl, en: fhirEn };
