/**
 * Generation's stores in memory, with the same semantics as the DynamoDB ones (a number is taken once,
 * a letter or an annulment is written once, a reservation is closed once): for tests and benchmarks
 * that look at the files a letter produces, not at the emulators.
 */
import { randomUUID } from 'node:crypto';
import type { GenerateDeps } from '../../shared/generate/generate-letter.ts';
import type { ObjectStore } from '../../shared/storage/object-store.ts';
import type { DocumentStore } from '../../shared/storage/document-store.ts';
import type { Accounted, LetterStore } from '../../shared/storage/letter-store.ts';
import type { LetterRecord } from '../../shared/records/letter-record.ts';
import type { AnnulledRegistration } from '../../shared/records/annulled-registration.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';
import { formatProtocol, letterId, type EntryState, type ProtocolRegister, type RegisterEntry, type Reservation, type ReservationDetails } from '../../shared/register/protocol-register.ts';

export class MemoryRegister implements ProtocolRegister {
  readonly entries_ = new Map<string, RegisterEntry>();
  private readonly counters = new Map<string, number>();

  async reserve(codiceIpa: string, anno: number, details: ReservationDetails = {}, now = new Date()): Promise<Reservation> {
    const key = `${codiceIpa}#${anno}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const r: Reservation = { codiceIpa, anno, progressivo: n, numero: formatProtocol(n), id: letterId(codiceIpa, anno, n), token: randomUUID(), riservataIl: now.toISOString(), ...details };
    this.entries_.set(r.id, { ...r, stato: 'riservato' });
    return r;
  }

  private close(r: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>, stato: EntryState, token?: string, motivo?: string): boolean {
    const e = this.entries_.get(letterId(r.codiceIpa, r.anno, r.progressivo));
    if (!e || e.stato !== 'riservato' || (token !== undefined && e.token !== token)) return false;
    e.stato = stato;
    if (motivo) e.motivo = motivo;
    return true;
  }

  async markLetter(r: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>, token?: string) {
    return this.close(r, 'protocollato', token);
  }

  async markAnnulled(r: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>, motivo: string, token?: string) {
    return this.close(r, 'annullato', token, motivo);
  }

  async openReservations(before: Date) {
    return [...this.entries_.values()].filter((e) => e.stato === 'riservato' && e.riservataIl < before.toISOString());
  }

  async last(codiceIpa: string, anno: number) {
    return this.counters.get(`${codiceIpa}#${anno}`) ?? 0;
  }

  async entries(codiceIpa: string, anno: number) {
    return [...this.entries_.values()].filter((e) => e.codiceIpa === codiceIpa && e.anno === anno).sort((a, b) => a.progressivo - b.progressivo);
  }
}

export class MemoryLetters implements LetterStore {
  readonly letters = new Map<string, LetterRecord>();
  readonly annulled = new Map<string, AnnulledRegistration>();

  async putLetter(letter: LetterRecord) {
    if (this.letters.has(letter.id)) throw new Error(`lettera ${letter.id} già registrata`);
    this.letters.set(letter.id, structuredClone(letter));
  }
  async getLetter(id: string) {
    return this.letters.get(id) ?? null;
  }
  async deleteLetter(id: string) {
    this.letters.delete(id);
  }
  async putAnnulled(entry: AnnulledRegistration) {
    if (this.annulled.has(entry.id)) throw new Error(`annullamento ${entry.id} già registrato`);
    this.annulled.set(entry.id, structuredClone(entry));
  }
  async getAnnulled(id: string) {
    return this.annulled.get(id) ?? null;
  }
  async deleteAnnulled(id: string) {
    this.annulled.delete(id);
  }
  async accounted(ids: string[]) {
    const out = new Map<string, Accounted>();
    for (const id of ids) if (this.letters.has(id) || this.annulled.has(id)) out.set(id, { letter: this.letters.has(id), annulled: this.annulled.has(id) });
    return out;
  }
}

/** Generation's dependencies in memory; `documents` are the ingested records `--from-document` may name. */
export function memoryGenerateDeps(documents: DocumentRecord[] = [], now?: () => Date): GenerateDeps & { files: Map<string, Uint8Array>; register: MemoryRegister; letters: MemoryLetters } {
  const files = new Map<string, Uint8Array>();
  const objects = {
    async put(bucket: string, key: string, body: Uint8Array | string) {
      files.set(`${bucket}/${key}`, typeof body === 'string' ? new Uint8Array(Buffer.from(body, 'utf8')) : body);
    },
    async get(bucket: string, key: string) {
      const f = files.get(`${bucket}/${key}`);
      if (!f) throw new Error(`oggetto assente: ${bucket}/${key}`);
      return f;
    },
  } as unknown as ObjectStore;
  const docs = { getDocument: async (id: string) => documents.find((d) => d.id === id) ?? null } as unknown as DocumentStore;
  return { objects, documents: docs, letters: new MemoryLetters(), register: new MemoryRegister(), outputsBucket: 'carteggio-outputs', files, ...(now ? { now } : {}) };
}
