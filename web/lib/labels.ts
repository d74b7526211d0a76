/** Italian names for the archive's values. */
export const DOC_TYPES: Record<string, string> = {
  circolare: 'Circolare',
  nota: 'Nota',
  convocazione: 'Convocazione',
  lettera: 'Lettera',
  decreto: 'Decreto',
  delibera: 'Delibera',
  avviso: 'Avviso',
  comunicato: 'Comunicato',
  piano: 'Piano',
  modulo: 'Modulo',
  altro: 'Altro',
};

export function docTypeName(t: string | null | undefined): string {
  return t ? (DOC_TYPES[t] ?? t) : '';
}

/** The extracted fields in the order the document page shows them, with their Italian names. */
export const FIELD_NAMES: Record<string, string> = {
  docType: 'Tipo',
  sender: 'Mittente',
  protocol: 'Protocollo',
  documentDate: 'Data',
  subject: 'Oggetto',
  recipients: 'Destinatari',
  cc: 'Per conoscenza',
  deadlines: 'Scadenze',
  meetings: 'Riunioni',
  legalReferences: 'Riferimenti normativi',
  signatories: 'Firmatari',
  amounts: 'Importi',
  emails: 'E-mail',
};

export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field;
}
