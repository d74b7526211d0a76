import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { sampleSegnatura } from './sample-segnatura.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import * as xadesjs from 'xadesjs';
import { segnaturaSealer, verifies } from '../../shared/pec/seal-segnatura.ts';
import { SealError } from '../../shared/pec/errors.ts';
import { makeIdentity } from '../support/reading-kinds/p7m.ts';
import { XsdStructure } from './xsd-structure.ts';

const SCHEMA = new URL('../../../shared/refs/agid-segnatura/segnatura_protocollo.xsd', import.meta.url);
const xsd = new XsdStructure(readFileSync(SCHEMA, 'utf8'));
const pem = (label: string, der: ArrayBuffer) => `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;

describe('the AOO’s seal on the segnatura (XAdES baseline B)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carteggio-seal-'));
  const files = { keyFile: join(dir, 'sigillo.key'), certificateFile: join(dir, 'sigillo.crt') };
  let segnatura: string;
  let sealed: string;

  beforeAll(async () => {
    const identity = await makeIdentity({ commonName: 'AOO_SS Comune di San Severo', certificateSerial: 77 });
    writeFileSync(files.keyFile, pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', identity.privateKey)));
    writeFileSync(files.certificateFile, pem('CERTIFICATE', identity.certDer));
    segnatura = sampleSegnatura();
    sealed = await segnaturaSealer(files)(segnatura, new Date('2026-11-30T10:00:00Z'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is valid against AgID’s schema with its ds:Signature, nothing left out', () => {
    expect(XMLValidator.validate(sealed)).toBe(true);
    expect(xsd.validate(sealed)).toEqual([]);
  });

  it('carries the signing time and the signing certificate as XAdES signed properties', () => {
    expect(sealed).toMatch(/<xades:SigningTime>2026-11-30T10:00:00/);
    expect(sealed).toMatch(/SigningCertificate/);
  });

  it('verifies against the segnatura it seals', async () => {
    const doc = xadesjs.Parse(sealed);
    const signature = new xadesjs.SignedXml(doc);
    signature.LoadXml(doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0]);
    expect(await signature.Verify()).toBe(true);
  });

  it('no longer verifies once the subject is changed', async () => {
    expect(await verifies(sealed.replace('Convocazione del Coordinamento', 'Convocazione modificata del Coordinamento'))).toBe(false);
  });

  it('refuses a key that does not match the certificate, in Italian', async () => {
    const other = await makeIdentity({ commonName: 'Altro', certificateSerial: 78 });
    const wrongKey = join(dir, 'altra.key');
    writeFileSync(wrongKey, pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', other.privateKey)));
    const attempt = segnaturaSealer({ ...files, keyFile: wrongKey })(segnatura);
    await expect(attempt).rejects.toBeInstanceOf(SealError);
    await expect(attempt).rejects.toThrow(/non corrisponde al certificato/);
  });

  describe('from a PKCS#12 file, as certification authorities deliver the seal', () => {
    const p12 = join(dir, 'sigillo.p12');

    beforeAll(async () => {
      const { default: forge } = await import('node-forge');
      const keys = forge.pki.rsa.generateKeyPair(2048);
      const cert = forge.pki.createCertificate();
      cert.publicKey = keys.publicKey;
      cert.serialNumber = '01';
      cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
      cert.validity.notAfter = new Date('2028-01-01T00:00:00Z');
      const subject = [{ name: 'commonName', value: 'AOO_SS Comune di San Severo' }];
      cert.setSubject(subject);
      cert.setIssuer(subject);
      cert.sign(keys.privateKey, forge.md.sha256.create());
      const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 'segreta', { algorithm: '3des' });
      writeFileSync(p12, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
    });

    it('seals with the key and certificate it holds', async () => {
      const out = await segnaturaSealer({ pkcs12File: p12, password: 'segreta' })(segnatura);
      expect(await verifies(out)).toBe(true);
    });

    it('says the password is wrong, in Italian', async () => {
      await expect(segnaturaSealer({ pkcs12File: p12, password: 'sbagliata' })(segnatura)).rejects.toThrow(/password errata/);
    });
  });
});
