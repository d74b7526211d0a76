/**
 * CAdES-BES envelopes (.p7m), as Italian digital signatures wrap a PDF: CMS SignedData with the
 * PDF attached as eContent, signed attributes contentType, signingTime, messageDigest and
 * signingCertificateV2 (RFC 5035), signed with an RSA key and a self-signed certificate made here.
 * pkijs is given node's webcrypto explicitly; no global pkijs engine is set.
 */
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  givenName: '2.5.4.42',
  keyUsage: '2.5.29.15',
} as const;

export const SIGNER_CN = 'FERRARESI GIULIA';
export const SIGNING_TIME = new Date('2025-05-07T07:30:00Z');

type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
type CryptoKey = webcrypto.CryptoKey;
const engine = new pkijs.CryptoEngine({ name: 'reading-kinds-webcrypto', crypto: webcrypto as unknown as EngineCrypto });

interface Signer {
  cert: pkijs.Certificate;
  certDer: ArrayBuffer;
  privateKey: CryptoKey;
}

let signer: Promise<Signer> | undefined;

/**
 * A distinguished name with one attribute per RDN, as certificates have. (pkijs would put all the
 * attributes given in `typesAndValues` into a single multi-valued RDN, so the name is encoded here
 * and parsed back, which keeps this encoding.)
 */
function name(entries: [string, asn1js.BaseStringBlock][]): pkijs.RelativeDistinguishedNames {
  const rdns = new asn1js.Sequence({
    value: entries.map(([type, value]) => new asn1js.Set({ value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), value] })] })),
  });
  return pkijs.RelativeDistinguishedNames.fromBER(rdns.toBER(false));
}

/** A self-signed signing certificate for "FERRARESI GIULIA" (one RSA-2048 key per process). */
export function signingIdentity(): Promise<Signer> {
  signer ??= (async () => {
    const keys = (await webcrypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    )) as webcrypto.CryptoKeyPair;
    const cert = new pkijs.Certificate();
    cert.version = 2;
    cert.serialNumber = new asn1js.Integer({ valueHex: new Uint8Array([0x28, 0x17, 0x20, 0x25, 0x05, 0x07]).buffer });
    const dn = (): pkijs.RelativeDistinguishedNames =>
      name([
        [OID.country, new asn1js.PrintableString({ value: 'IT' })],
        [OID.surname, new asn1js.Utf8String({ value: 'FERRARESI' })],
        [OID.givenName, new asn1js.Utf8String({ value: 'GIULIA' })],
        [OID.serialNumber, new asn1js.PrintableString({ value: 'TINIT-FRRGLI85E47F205X' })],
        [OID.commonName, new asn1js.Utf8String({ value: SIGNER_CN })],
      ]);
    cert.subject = dn();
    cert.issuer = dn();
    cert.notBefore.value = new Date('2025-01-01T00:00:00Z');
    cert.notAfter.value = new Date('2028-01-01T00:00:00Z');
    // keyUsage: nonRepudiation (bit 1), critical — as qualified signature certificates have
    const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0x40]).buffer, unusedBits: 6 });
    cert.extensions = [new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: keyUsage.toBER(false) })];
    await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
    await cert.sign(keys.privateKey, 'SHA-256', engine);
    return { cert, certDer: cert.toSchema(true).toBER(false), privateKey: keys.privateKey };
  })();
  return signer;
}

/** CAdES-BES attached signature of `content`, DER-encoded ContentInfo. */
export async function cadesBes(content: Uint8Array): Promise<Uint8Array> {
  const { cert, certDer, privateKey } = await signingIdentity();
  const digest = await webcrypto.subtle.digest('SHA-256', content);
  const certHash = await webcrypto.subtle.digest('SHA-256', certDer);
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
  // ESSCertIDv2 ::= SEQUENCE { certHash OCTET STRING (sha256 is the default hashAlgorithm), issuerSerial }
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })] }),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  const signingCertificateV2 = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash }), issuerSerial] })] })],
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: OID.data,
      eContent: new asn1js.OctetString({ valueHex: content.slice().buffer }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: SIGNING_TIME })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2] }),
          ],
        }),
      }),
    ],
    certificates: [cert],
  });
  // pkijs splits eContent into a constructed OCTET STRING of 64 kB pieces (BER); keep it primitive (DER)
  signedData.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: content.slice().buffer });
  await signedData.sign(privateKey, 0, 'SHA-256', undefined, engine);
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** Base64 with 64-character lines (CRLF), as some signing tools save a .p7m. */
export function base64Lines(der: Uint8Array, eol = '\r\n'): string {
  const b64 = Buffer.from(der).toString('base64');
  return `${b64.match(/.{1,64}/g)!.join(eol)}${eol}`;
}

/** PEM armour: -----BEGIN PKCS7----- … -----END PKCS7-----. */
export function pemPkcs7(der: Uint8Array): string {
  return `-----BEGIN PKCS7-----\n${base64Lines(der, '\n')}-----END PKCS7-----\n`;
}
