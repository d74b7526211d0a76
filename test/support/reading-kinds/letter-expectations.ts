/**
 * The expectations of the fictional letter (./letter.ts) that the reading kinds of ./index.ts and
 * ./more-kinds.ts share: everything a reader gets from the full text letter, and what OCR of it must give.
 */
import type { ReadingExpectation } from './index.ts';
import { expected, SUBJECT } from './letter.ts';

export const A4_SIZE = { width: 595, height: 842 };
const letterCore = ['Comune di Montelago', 'Gentili Sindaci', 'Coordinamento istituzionale', 'Dott.ssa Giulia Ferraresi'];

/** Everything a reader gets from the full text letter. */
export const fullLetter = {
  textIncludes: [
    expected.issuer,
    expected.office,
    expected.protocolLine,
    expected.placeDateLine,
    ...expected.addressees,
    `Oggetto: ${SUBJECT}`,
    expected.deadlineText,
    expected.meetingText,
    ...expected.laws,
    ...expected.emails,
    expected.signerRole,
    expected.signer,
    ...expected.amounts,
    ...expected.accentedWords,
  ],
  protocol: expected.protocol,
  protocolDate: expected.protocolDate,
  date: expected.date,
  subject: SUBJECT,
  signer: expected.signer,
  amounts: [...expected.amounts],
  emails: [...expected.emails],
  pages: 1,
  pageSize: A4_SIZE,
  mustBeOcr: false,
  qpdfCheck: 'ok',
} satisfies ReadingExpectation;

/** What OCR of the letter must at least give (robust words, no exact punctuation). */
export const ocrLetter = {
  textIncludes: [...letterCore, 'Montelago, 7 maggio 2025', '0002817', '12.500,00', 'L. 328/2000'],
  protocol: expected.protocol,
  protocolDate: expected.protocolDate,
  date: expected.date,
  subject: SUBJECT,
  signer: expected.signer,
  pages: 1,
  pageSize: A4_SIZE,
  mustBeOcr: true,
  qpdfCheck: 'ok',
} satisfies ReadingExpectation;
