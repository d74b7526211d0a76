/**
 * The version of the reader (reading and extraction rules together). Raise it when a change reads
 * documents differently: records carry the version that read them, and `carteggio reprocess --older`
 * reads again every document read by an older one. 1: until November 2026; 2: envelopes, scans with
 * printed text, undecodable text, rotation, annotations and form fields, XFA.
 */
export const READER_VERSION = 2;
