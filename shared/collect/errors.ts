/**
 * Faults of a form definition or of a request for a form: they are Carteggio's (a definition file is
 * part of the installation), so their messages are English and name the file; what a person filling
 * in a form did wrong is never one of these (see validate-submission.ts).
 */

/** A definition file that does not parse, or breaks a rule a form must keep (unique names, labels that fit…). */
export class FormDefinitionError extends Error {
  constructor(
    /** The file, or the form id when the definition did not come from a file. */
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`form definition ${source}: ${problems.join('; ')}`);
    this.name = 'FormDefinitionError';
  }
}

/** A form id the registry does not know. */
export class UnknownFormError extends Error {
  constructor(
    readonly formId: string,
    readonly known: string[],
  ) {
    super(`unknown form "${formId}" (known: ${known.join(', ') || 'none'})`);
    this.name = 'UnknownFormError';
  }
}
