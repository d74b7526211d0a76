import { createHash } from 'node:crypto';
import { CHAIN_NOT_VERIFIED, loadCms, octets, parseSignedData, verifySignedData, type SignerFacts } from './verify-cms.ts';

/** The signatures a PDF carries (PAdES), with what a person should check about them. */
export interface PadesSignatures {
  signers: SignerFacts[];
  /** Italian, for the person reading the record (e.g. content added after the last signature). */
  warnings: { code: string; message: string }[];
}

const BYTE_RANGE = Buffer.from('/ByteRange');
/** SubFilters whose /Contents is a CMS SignedData detached over the /ByteRange ranges. */
const DETACHED = new Set(['ETSI.CAdES.detached', 'adbe.pkcs7.detached']);
/** The older form: the SignedData encapsulates the SHA-1 of the ranges. */
const SHA1 = 'adbe.pkcs7.sha1';
/** How far around /Contents the rest of the signature dictionary is looked for. */
const DICT_WINDOW = 8192;
const MAX_SIGNATURES = 20;

/**
 * The PAdES signatures of a PDF: every signature dictionary with a /ByteRange and a /Contents holding
 * a CMS SignedData (SubFilter ETSI.CAdES.detached or adbe.pkcs7.detached; adbe.pkcs7.sha1 too), each
 * signer checked against the bytes of the two ranges. Found by scanning the file's bytes, as
 * verifiers do (a signature dictionary is never compressed in an object stream). Document
 * time-stamps (ETSI.RFC3161) are no signer and are skipped. Never throws.
 */
export async function padesSignatures(pdf: Uint8Array): Promise<PadesSignatures> {
  const out: PadesSignatures = { signers: [], warnings: [] };
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  if (buf.indexOf(BYTE_RANGE) < 0) return out; // most PDFs: nothing to load
  try {
    let lastCovered = -1;
    for (const sig of signatureDictionaries(buf)) {
      if (sig.subFilter === 'ETSI.RFC3161') continue;
      const lib = await loadCms();
      const signed = parseSignedData(sig.contents, lib);
      if (!signed) {
        // A signature whose bytes are no CMS is damaged (all zeros: a field prepared and never signed).
        if (sig.contents.some((b) => b !== 0)) out.signers.push(damagedSigner(sig.m));
        continue;
      }
      const signedBytes = Buffer.concat([buf.subarray(sig.range[0], sig.range[0] + sig.range[1]), buf.subarray(sig.range[2], sig.range[2] + sig.range[3])]);
      const complete = sig.range[0] + sig.range[1] <= buf.length && sig.range[2] + sig.range[3] <= buf.length;
      let signers = await verifySignedData(signed, { kind: 'PAdES', detachedContent: signedBytes, fallbackSigningTime: sig.m }, lib);
      if (sig.subFilter === SHA1) {
        // The signature covers the encapsulated digest; the digest must be the ranges'.
        const eContent = signed.encapContentInfo.eContent;
        const digestOk = !!eContent && Buffer.from(octets(eContent)).equals(createHash('sha1').update(signedBytes).digest());
        if (!digestOk) signers = signers.map((s) => (s.countersignature || s.integrity === 'non-verificabile' ? s : { ...s, integrity: 'non-valida' }));
      }
      // Ranges past the end of the file: what was signed is not all there.
      if (!complete) signers = signers.map((s) => (s.countersignature ? s : { ...s, integrity: 'non-valida' }));
      out.signers.push(...signers);
      lastCovered = Math.max(lastCovered, sig.range[2] + sig.range[3]);
    }
    if (lastCovered >= 0 && /[^\s\0]/.test(buf.toString('latin1', Math.min(lastCovered, buf.length)))) {
      out.warnings.push({
        code: 'signature-partial',
        message: 'il file è stato modificato dopo l’ultima firma PAdES (aggiornamento incrementale): la firma copre una versione precedente, non necessariamente quella letta',
      });
    }
  } catch {
    // A signature that cannot be read is no signature the reader can report: the PDF is still read.
  }
  return out;
}

function damagedSigner(signingTime: string | null): SignerFacts {
  return { name: null, issuer: null, signingTime, kind: 'PAdES', fiscalCode: null, certificateValidAtSigning: null, integrity: 'non-valida', chain: CHAIN_NOT_VERIFIED };
}

interface SignatureDictionary {
  range: [number, number, number, number];
  /** The /Contents hex string, decoded. */
  contents: Buffer;
  subFilter: string | null;
  /** The /M entry (signing time claimed by the signing application), ISO 8601. */
  m: string | null;
}

/** Every distinct /ByteRange whose gap is the /Contents hex string of the same dictionary. */
function signatureDictionaries(buf: Buffer): SignatureDictionary[] {
  const found: SignatureDictionary[] = [];
  const seen = new Set<string>();
  for (let at = buf.indexOf(BYTE_RANGE); at >= 0 && found.length < MAX_SIGNATURES; at = buf.indexOf(BYTE_RANGE, at + BYTE_RANGE.length)) {
    const m = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(buf.toString('latin1', at, at + 120));
    if (!m) continue;
    const range = [m[1], m[2], m[3], m[4]].map(Number) as SignatureDictionary['range'];
    const key = range.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const [start, firstLength, second] = range;
    const gapStart = start + firstLength;
    if (start !== 0 || gapStart >= second || second > buf.length) continue;
    const gap = buf.toString('latin1', gapStart, second).trim();
    if (!/^<[0-9A-Fa-f\s]*>$/.test(gap)) continue;
    const hex = gap.slice(1, -1).replace(/\s+/g, '');
    const contents = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    // The rest of the dictionary: around the gap, up to its object's start and end.
    const before = buf.toString('latin1', Math.max(0, gapStart - DICT_WINDOW), gapStart);
    const afterEnd = buf.indexOf('endobj', second, 'latin1');
    const after = buf.toString('latin1', second, afterEnd >= 0 ? Math.min(afterEnd, second + DICT_WINDOW) : Math.min(buf.length, second + DICT_WINDOW));
    const dict = `${before.slice(Math.max(0, before.lastIndexOf(' obj')))}${after}`;
    found.push({ range, contents, subFilter: /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(dict)?.[1] ?? null, m: pdfDate(/\/M\s*\((D:[^)]*)\)/.exec(dict)?.[1]) });
  }
  return found.filter((s) => s.subFilter === null || DETACHED.has(s.subFilter) || s.subFilter === SHA1 || s.subFilter === 'ETSI.RFC3161');
}

/** A PDF date `D:YYYYMMDDHHmmSS+HH'mm'` as ISO 8601 (UTC); null when it is not one. */
export function pdfDate(value: string | null | undefined): string | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(value ?? '');
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offset = !sign || /z/i.test(sign) ? 'Z' : `${sign}${oh}:${om}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
