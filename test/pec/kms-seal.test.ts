import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey, webcrypto } from 'node:crypto';
import { sampleSegnatura } from './sample-segnatura.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import * as xadesjs from 'xadesjs';
import { segnaturaSealer, verifies, type SealSource } from '../../shared/pec/seal-segnatura.ts';
import { SealError } from '../../shared/pec/errors.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { makeIdentity } from '../support/reading-kinds/p7m.ts';
import { XsdStructure } from './xsd-structure.ts';
import { startKmsSignServer } from './kms-sign-server.ts';

const SCHEMA = new URL('../../../shared/refs/agid-segnatura/segnatura_protocollo.xsd', import.meta.url);
const xsd = new XsdStructure(readFileSync(SCHEMA, 'utf8'));
const pem = (label: string, der: ArrayBuffer) => `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;
const keyObject = async (key: CryptoKey) => createPrivateKey({ key: Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key)), format: 'der', type: 'pkcs8' });

/** A self-signed ECDSA P-256 seal certificate (the RSA one comes from makeIdentity). */
async function ecdsaIdentity() {
  const engine = new pkijs.CryptoEngine({ name: 'kms-test', crypto: webcrypto as never });
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: 79 });
  const cn = new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: 'AOO_SS sigillo ECDSA' }) });
  cert.subject.typesAndValues.push(cn);
  cert.issuer.typesAndValues.push(cn);
  cert.notBefore.value = new Date('2026-01-01T00:00:00Z');
  cert.notAfter.value = new Date('2028-01-01T00:00:00Z');
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  await cert.sign(keys.privateKey, 'SHA-256', engine);
  return { certDer: cert.toSchema(true).toBER(false), privateKey: keys.privateKey };
}

describe('the AOO’s seal with its key in AWS KMS (XAdES baseline B)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carteggio-kms-seal-'));
  const certificateFile = join(dir, 'sigillo.crt');
  const ecdsaCertificateFile = join(dir, 'sigillo-ec.crt');
  let kms: Awaited<ReturnType<typeof startKmsSignServer>>;
  let source: SealSource;
  let segnatura: string;
  let sealed: string;

  beforeAll(async () => {
    const [identity, other, ecdsa] = await Promise.all([makeIdentity({ commonName: 'AOO_SS Comune di San Severo', certificateSerial: 0x10_0000_0000_77 }), makeIdentity({ commonName: 'Altro', certificateSerial: 0x10_0000_0000_78 }), ecdsaIdentity()]);
    writeFileSync(certificateFile, pem('CERTIFICATE', identity.certDer));
    writeFileSync(ecdsaCertificateFile, pem('CERTIFICATE', ecdsa.certDer));
    kms = await startKmsSignServer(
      { 'alias/sigillo-aoo': await keyObject(identity.privateKey), 'alias/altra-chiave': await keyObject(other.privateKey), 'alias/sigillo-ec': await keyObject(ecdsa.privateKey) },
      ['alias/negata'],
    );
    source = { kmsKeyId: 'alias/sigillo-aoo', certificateFile, region: 'eu-south-1', endpoint: kms.endpoint };
    segnatura = sampleSegnatura();
    sealed = await segnaturaSealer(source)(segnatura, new Date('2026-11-30T10:00:00Z'));
  });
  afterAll(async () => {
    await kms?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is valid against AgID’s schema with its ds:Signature, nothing left out', () => {
    expect(XMLValidator.validate(sealed)).toBe(true);
    expect(xsd.validate(sealed)).toEqual([]);
  });

  it('verifies with the certificate it carries', async () => {
    // Prepare
    const doc = xadesjs.Parse(sealed);
    const signature = new xadesjs.SignedXml(doc);
    // Act
    signature.LoadXml(doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0]);
    // Assess
    expect(await signature.Verify()).toBe(true);
  });

  it('is signed by KMS with the configured key and RSASSA_PKCS1_V1_5_SHA_256, in a request signed by the SDK', () => {
    expect(kms.requests[0]).toMatchObject({ KeyId: 'alias/sigillo-aoo', MessageType: 'RAW', SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256', signedBySdk: true });
  });

  it('with an ECDSA P-256 key, verifies too (KMS’s DER signature turned into XML Signature’s r‖s)', async () => {
    // Act
    const out = await segnaturaSealer({ ...source, kmsKeyId: 'alias/sigillo-ec', certificateFile: ecdsaCertificateFile })(segnatura);
    // Assess
    expect(await verifies(out)).toBe(true);
  });

  it('refuses a KMS key that is not the certificate’s, in Italian', async () => {
    // Act
    const attempt = segnaturaSealer({ ...source, kmsKeyId: 'alias/altra-chiave' })(segnatura);
    // Assess
    await expect(attempt).rejects.toThrow(/la chiave alias\/altra-chiave di AWS KMS non corrisponde al certificato/);
  });

  it('says in Italian that KMS refused to sign, with KMS’s own error as the cause', async () => {
    // Act
    const error = await segnaturaSealer({ ...source, kmsKeyId: 'alias/negata' })(segnatura).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(SealError);
    expect((error as SealError).message).toMatch(/AWS KMS non ha firmato con la chiave alias\/negata \(AccessDeniedException\)/);
    expect(((error as SealError).cause as Error).name).toBe('AccessDeniedException');
  });

  it('is chosen by configuration: CARTEGGIO_SEAL_KMS_KEY_ID with CARTEGGIO_SEAL_CERT', async () => {
    // Prepare
    const config = loadConfig({ CARTEGGIO_SEAL_KMS_KEY_ID: 'alias/sigillo-aoo', CARTEGGIO_SEAL_CERT: certificateFile, CARTEGGIO_KMS_ENDPOINT: kms.endpoint });
    // Act
    const out = await segnaturaSealer(config.seal!)(segnatura);
    // Assess
    expect(await verifies(out)).toBe(true);
  });

  it('refuses a KMS key configured without its certificate, in Italian', () => {
    expect(() => loadConfig({ CARTEGGIO_SEAL_KMS_KEY_ID: 'alias/sigillo-aoo' })).toThrow(/CARTEGGIO_SEAL_CERT: serve il file PEM del certificato di sigillo/);
  });
});
