import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
// pdf-lib's streams deflated by Node's zlib (see native-deflate.ts).
import '../render/native-deflate.ts';
import type { Campaign, ExpectedBody, Submission } from '../records/campaign-record.ts';
import { buildEml } from '../pec/build-eml.ts';
import { formatItalianDate } from '../extract/italian-dates.ts';
import { romeDateTimeText } from '../calendar/rome-date.ts';
import { wrapText } from './wrap-text.ts';

const OUTCOME: Record<Submission['outcome'], string> = {
  accepted: 'accolta',
  accepted_with_warnings: 'accolta con osservazioni',
  rejected: 'non accolta: va corretta e inviata di nuovo',
  'in-lettura': 'in lettura',
};

/**
 * The receipt an Ambito gets for what it sent (DPR 445/2000, art. 53): the region's incoming protocol
 * number and date, the file's SHA-256, when it arrived and how, and the outcome of the checks with
 * every reason. One A4 page; the text is plain so any reader shows it.
 */
export async function submissionReceiptPdf(campaign: Campaign, body: ExpectedBody, submission: Submission): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Ricevuta – ${campaign.title}`);
  doc.setAuthor(campaign.issuer.name);
  doc.setCreator('Carteggio');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  let y = 790;
  const line = (text: string, options: { size?: number; font?: typeof regular; gap?: number } = {}) => {
    const size = options.size ?? 10.5;
    for (const part of wrapText(winAnsi(text), options.font ?? regular, size, 495)) {
      page.drawText(part, { x: 50, y, size, font: options.font ?? regular, color: rgb(0.1, 0.1, 0.1) });
      y -= size * 1.35;
    }
    y -= options.gap ?? 0;
  };
  line(campaign.issuer.name, { size: 13, font: bold, gap: 6 });
  line('Ricevuta di protocollazione in entrata', { size: 12, font: bold, gap: 10 });
  line(`Raccolta: ${campaign.title}`);
  line(`Scadenza: ${formatItalianDate(campaign.deadline)}`, { gap: 8 });
  line(`Mittente: ${body.name} (codice ${body.code})`);
  line(`PEC del mittente: ${submission.pec?.sender ?? body.pec}`, { gap: 8 });
  if (submission.protocol) line(`Protocollo in entrata: n. ${submission.protocol.numero} del ${formatItalianDate(submission.protocol.data)}`, { font: bold });
  line(`Ricevuto il: ${romeDateTimeText(new Date(submission.receivedAt))}${submission.late ? ' – oltre la scadenza' : ''}`);
  line(`Canale: ${submission.via === 'pec' ? 'posta elettronica certificata' : 'collegamento di caricamento'}`);
  line(`File: ${submission.fileName ?? '—'} (versione ${submission.version})`);
  line(`Impronta SHA-256: ${submission.documentId}`, { size: 9, gap: 8 });
  line(`Esito dei controlli: ${OUTCOME[submission.outcome]}`, { font: bold });
  for (const r of submission.reasons) line(`${r.severity === 'error' ? '• Errore' : r.severity === 'warning' ? '• Osservazione' : '• Nota'}: ${r.message}`, { size: 9.5 });
  if (submission.signer) line(`Firma: ${submission.signer.name ?? 'firmatario non indicato'} – ${submission.signer.chain}`, { size: 9.5 });
  y -= 10;
  line('Questa ricevuta è generata automaticamente da Carteggio e attesta il ricevimento del file con l’impronta indicata.', { size: 8.5 });
  return doc.save();
}

/** The same receipt by PEC, to the address the submission came from (or the body's PEC). */
export function submissionReceiptEml(campaign: Campaign, body: ExpectedBody, submission: Submission, receipt: Uint8Array, from: { name: string; address: string }, now: Date): Promise<Buffer> {
  const number = submission.protocol ? `Prot. n. ${submission.protocol.numero} – ` : '';
  return buildEml({
    from,
    to: [submission.pec?.sender ?? body.pec],
    cc: [],
    subject: `${number}Ricevuta: ${campaign.title} – ${body.name}`,
    text: `Si attesta il ricevimento del file «${submission.fileName ?? 'documento'}» (SHA-256 ${submission.documentId}).\nEsito dei controlli: ${OUTCOME[submission.outcome]}.\n${submission.reasons.map((r) => `- ${r.message}`).join('\n')}\n\nLa ricevuta è allegata in PDF.`,
    attachments: [{ filename: `ricevuta-${body.code}-v${submission.version}.pdf`, content: receipt, contentType: 'application/pdf' }],
    date: now,
    messageId: `<ricevuta.${campaign.id}.${body.code}.${submission.version}@carteggio>`,
  });
}

/** Helvetica's WinAnsi cannot print every character: what it lacks becomes "?" rather than a failure. */
function winAnsi(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/[^\x20-\x7e\u00a0-\u00ff€•]/g, '?');
}
