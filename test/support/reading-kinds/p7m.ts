/**
 * CAdES-BES envelopes (.p7m), as Italian digital signatures wrap a PDF: CMS SignedData with the
 * PDF attached as eContent, signed attributes contentType, signingTime, messageDigest and
 * signingCertificateV2 (RFC 5035), signed with an RSA key and a self-signed certificate made here.
 * `cadesSign` also makes detached signatures (PAdES /Contents), countersignatures, and signatures by
 * other identities (`makeIdentity`: subject, serialNumber, validity of your choosing).
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
  countersignature: '1.2.840.113549.1.9.6',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
} as const;

export const SIGNER_CN = 'FERRARESI GIULIA';
export const SIGNING_TIME = new Date('2025-05-07T07:30:00Z');

type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
type CryptoKey = webcrypto.CryptoKey;
const engine = new pkijs.CryptoEngine({ name: 'reading-kinds-webcrypto', crypto: webcrypto as unknown as EngineCrypto });

/** A signing key and its self-signed certificate. */
export interface SigningIdentity {
  cert: pkijs.Certificate;
  certDer: ArrayBuffer;
  privateKey: CryptoKey;
}

/** What a made-up certificate's subject and validity are. */
export interface IdentityOptions {
  commonName: string;
  givenName?: string;
  surname?: string;
  /** The subject's serialNumber (2.5.4.5), e.g. `TINIT-RSSMRA80A01H501U`. */
  serialNumber?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** The certificate's serial number (distinct identities need distinct ones). */
  certificateSerial?: number;
}

let signer: Promise<SigningIdentity> | undefined;

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
export function signingIdentity(): Promise<SigningIdentity> {
  signer ??= makeIdentity({
    commonName: SIGNER_CN,
    givenName: 'GIULIA',
    surname: 'FERRARESI',
    serialNumber: 'TINIT-FRRGLI85E47F205D',
    notBefore: new Date('2025-01-01T00:00:00Z'),
    notAfter: new Date('2028-01-01T00:00:00Z'),
    certificateSerial: 0x281720250507,
  });
  return signer;
}

/** A self-signed RSA-2048 signing certificate (keyUsage nonRepudiation, critical) with the subject and validity given. */
export async function makeIdentity(o: IdentityOptions): Promise<SigningIdentity> {
  const keys = (await webcrypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as webcrypto.CryptoKeyPair;
  const cert = new pkijs.Certificate();
  cert.version = 2;
  // Six bytes, first below 0x80 and above 0: a positive INTEGER in minimal DER.
  const serial = o.certificateSerial ?? 0x10_0000_0000_00 + Math.floor(Math.random() * 0x6f_0000_0000_00);
  cert.serialNumber = new asn1js.Integer({ valueHex: new Uint8Array(Buffer.from(serial.toString(16).padStart(12, '0'), 'hex')).buffer });
  const entries: [string, asn1js.BaseStringBlock][] = [[OID.country, new asn1js.PrintableString({ value: 'IT' })]];
  if (o.surname) entries.push([OID.surname, new asn1js.Utf8String({ value: o.surname })]);
  if (o.givenName) entries.push([OID.givenName, new asn1js.Utf8String({ value: o.givenName })]);
  if (o.serialNumber) entries.push([OID.serialNumber, new asn1js.PrintableString({ value: o.serialNumber })]);
  entries.push([OID.commonName, new asn1js.Utf8String({ value: o.commonName })]);
  cert.subject = name(entries);
  cert.issuer = name(entries);
  cert.notBefore.value = o.notBefore ?? new Date('2025-01-01T00:00:00Z');
  cert.notAfter.value = o.notAfter ?? new Date('2028-01-01T00:00:00Z');
  // keyUsage: nonRepudiation (bit 1), critical — as qualified signature certificates have
  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0x40]).buffer, unusedBits: 6 });
  cert.extensions = [new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: keyUsage.toBER(false) })];
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  await cert.sign(keys.privateKey, 'SHA-256', engine);
  return { cert, certDer: cert.toSchema(true).toBER(false), privateKey: keys.privateKey };
}

/** How `cadesSign` signs. */
export interface CadesOptions {
  /** Default: `signingIdentity()`. */
  identity?: SigningIdentity;
  /** Default: SIGNING_TIME; null leaves the signingTime attribute out (as PAdES baseline signatures do). */
  signingTime?: Date | null;
  /** Detached: no eContent (PAdES /Contents, or a detached .p7s). */
  detached?: boolean;
  /** Adds a countersignature (unsigned attribute 1.2.840.113549.1.9.6) by this identity over the signature. */
  countersigner?: SigningIdentity;
}

/** CAdES-BES attached signature of `content`, DER-encoded ContentInfo. */
export async function cadesBes(content: Uint8Array): Promise<Uint8Array> {
  return cadesSign(content);
}

/** The signingCertificateV2 attribute value (RFC 5035) for a certificate. */
async function signingCertificateV2(cert: pkijs.Certificate, certDer: ArrayBuffer): Promise<asn1js.Sequence> {
  const certHash = await webcrypto.subtle.digest('SHA-256', certDer);
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
  // ESSCertIDv2 ::= SEQUENCE { certHash OCTET STRING (sha256 is the default hashAlgorithm), issuerSerial }
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })] }),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash }), issuerSerial] })] })],
  });
}

/** CAdES-BES signature of `content` (attached unless `detached`), DER-encoded ContentInfo. */
export async function cadesSign(content: Uint8Array, options: CadesOptions = {}): Promise<Uint8Array> {
  const { cert, certDer, privateKey } = options.identity ?? (await signingIdentity());
  const signingTime = options.signingTime === undefined ? SIGNING_TIME : options.signingTime;
  const digest = await webcrypto.subtle.digest('SHA-256', content);
  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    ...(signingTime ? [new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: signingTime })] })] : []),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [await signingCertificateV2(cert, certDer)] }),
  ];
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [cert],
  });
  // pkijs splits eContent into a constructed OCTET STRING of 64 kB pieces (BER); keep it primitive (DER)
  if (!options.detached) signedData.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: content.slice().buffer });
  await signedData.sign(privateKey, 0, 'SHA-256', undefined, engine);
  if (options.countersigner) {
    const parent = signedData.signerInfos[0];
    parent.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.countersignature, values: [(await countersign(parent, options.countersigner, signingTime)).toSchema()] })],
    });
    signedData.certificates!.push(options.countersigner.cert);
  }
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** A countersignature (RFC 5652 §11.4): signed attributes messageDigest (of the parent's signature value) and signingTime, no contentType. */
async function countersign(parent: pkijs.SignerInfo, by: SigningIdentity, signingTime: Date | null): Promise<pkijs.SignerInfo> {
  const digest = await webcrypto.subtle.digest('SHA-256', parent.signature.valueBlock.valueHexView);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      ...(signingTime ? [new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: new Date(signingTime.getTime() + 60_000) })] })] : []),
      new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
    ],
  });
  // Signed as a SET OF (tag 0x31), as the [0] IMPLICIT attributes are for any signer.
  const encoded = new Uint8Array(signedAttrs.toSchema().toBER(false));
  encoded[0] = 0x31;
  const signature = await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', by.privateKey, encoded);
  return new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: by.cert.issuer, serialNumber: by.cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() }),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRSA, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
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
