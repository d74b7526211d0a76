import { FieldCorrection } from '../records/field-correction.ts';
import { newestFirst, type CorrectionStore } from './correction-store.ts';

/** Corrections in memory, with the DynamoDB store's semantics (validated, appended, newest first): for unit tests. */
export class MemoryCorrectionStore implements CorrectionStore {
  private readonly byDocument = new Map<string, FieldCorrection[]>();

  async addCorrection(correction: FieldCorrection): Promise<void> {
    const c = FieldCorrection.parse(structuredClone(correction));
    const list = this.byDocument.get(c.documentId) ?? [];
    list.push(c);
    this.byDocument.set(c.documentId, list);
  }

  async listCorrections(documentId: string): Promise<FieldCorrection[]> {
    // Stored oldest first: reversed, the latest added of the same instant comes first.
    return newestFirst([...(this.byDocument.get(documentId) ?? [])].reverse().map((c) => structuredClone(c)));
  }
}
