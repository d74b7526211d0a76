/**
 * A fault of the reader itself (a bug in a rule, a missing OCR data file, an engine that will not
 * start): never the sender's file. It is not recorded as a rejection; the message fails, is retried
 * and, if it keeps failing, lands in the dead-letter queue, to be read again once fixed.
 */
export class ReaderFault extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReaderFault';
  }
}
