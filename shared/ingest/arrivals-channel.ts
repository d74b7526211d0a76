import { channel } from 'node:diagnostics_channel';
import type { Submission } from '../records/campaign-record.ts';
import type { IngestResult, ObjectArrival } from './ingest-object.ts';

/**
 * Where each finished arrival is announced in this process: the local stack prints its line from it
 * instead of reading the records back. Publishing costs nothing when no one listens (Node's
 * diagnostics_channel); this module imports nothing heavy, so a listener can load it cheaply.
 */
export const arrivalsChannel = channel('carteggio:arrivals');

/** What `arrivalsChannel` carries for each arrival ingested. */
export interface ArrivalOutcome {
  arrival: ObjectArrival;
  result: IngestResult;
  submission: Submission | null;
}
