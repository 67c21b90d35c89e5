/**
 * An independent FHIR R4 validator for the exports: the `fhir` package (FHIR.js) checks every resource
 * in a Bundle against the R4 StructureDefinitions — cardinality, data types, properties the spec does not
 * know, and required value-set bindings. It knows nothing of samenspel, so it cannot share our mistakes.
 */
import fhirJs from 'fhir';

const validator = new fhirJs.Fhir();

export interface FhirMessage {
  location?: string;
  resourceId?: string;
  severity?: string;
  message?: string;
}

/** Every message the validator gives, errors and warnings. */
export function validateFhir(resource: unknown): FhirMessage[] {
  return (validator.validate(resource as object, { errorOnUnexpected: true }).messages ?? []) as FhirMessage[];
}

/** Only the errors, as readable lines. */
export function fhirErrors(resource: unknown): string[] {
  return validateFhir(resource)
    .filter((m) => m.severity === 'error')
    .map((m) => `${m.location ?? '?'} (${m.resourceId ?? ''}): ${m.message ?? ''}`);
}
