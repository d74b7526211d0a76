/**
 * Errors of the collection campaigns, each with a stable code (for the CLI's JSON and the HTTP API)
 * and a message in Italian a person can act on.
 */
export type CampaignErrorCode = 'campagna-inesistente' | 'campagna-esistente' | 'ente-non-atteso' | 'versione-inesistente' | 'scrittura-incompleta' | 'mittente-diverso';

export class CampaignError extends Error {
  constructor(
    readonly code: CampaignErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CampaignError';
  }
}

export class CampaignNotFoundError extends CampaignError {
  constructor(readonly campaignId: string) {
    super('campagna-inesistente', `Raccolta «${campaignId}» inesistente`);
    this.name = 'CampaignNotFoundError';
  }
}

export class CampaignExistsError extends CampaignError {
  constructor(readonly campaignId: string) {
    super('campagna-esistente', `Esiste già una raccolta con identificativo «${campaignId}»`);
    this.name = 'CampaignExistsError';
  }
}

export class BodyNotExpectedError extends CampaignError {
  constructor(
    readonly campaignId: string,
    readonly bodyCode: string,
  ) {
    super('ente-non-atteso', `L'ente «${bodyCode}» non è tra quelli attesi dalla raccolta «${campaignId}»`);
    this.name = 'BodyNotExpectedError';
  }
}

export class SubmissionNotFoundError extends CampaignError {
  constructor(campaignId: string, bodyCode: string, version: number) {
    super('versione-inesistente', `Nessuna versione ${version} dell'ente «${bodyCode}» nella raccolta «${campaignId}» con quel contenuto`);
    this.name = 'SubmissionNotFoundError';
  }
}

/** A bulk write DynamoDB kept refusing (UnprocessedItems after every retry): nothing can be assumed written. */
export class IncompleteWriteError extends CampaignError {
  constructor(readonly unprocessed: number) {
    super('scrittura-incompleta', `Scrittura non completata: ${unprocessed} elementi rifiutati da DynamoDB dopo ogni tentativo; ripetere l'importazione`);
    this.name = 'IncompleteWriteError';
  }
}

/** Reminders under another body's name or register: a campaign's reminders are its issuer's letters. */
export class ReminderSenderError extends CampaignError {
  constructor(readonly given: string, readonly issuer: string) {
    super('mittente-diverso', `I solleciti di questa raccolta sono dell’ente che l’ha promossa (${issuer}): il mittente indicato ha codice IPA «${given}». Correggere mittente.codiceIpa nei dati del sollecito.`);
    this.name = 'ReminderSenderError';
  }
}
