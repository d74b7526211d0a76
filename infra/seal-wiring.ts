import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';

/** Where the seal's certificate lies inside the generation function's bundle. */
const SEAL_CERTIFICATE_IN_BUNDLE = '/var/task/seal/certificate.pem';

/**
 * The generation function's seal: its environment, the command that puts the certificate into the
 * bundle, and the only permission it needs (kms:Sign on that one key). Checked before anything is
 * bundled: an ARN is needed (an alias cannot scope the permission) and the certificate must exist.
 */
export function sealWiring(seal: { kmsKeyArn: string; certificateFile: string } | undefined) {
  if (!seal) return undefined;
  if (!/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(seal.kmsKeyArn)) {
    throw new Error(`Sigillo della segnatura: serve l’ARN della chiave KMS (arn:aws:kms:<regione>:<account>:key/<id>), non «${seal.kmsKeyArn}».`);
  }
  // Bundling runs its commands in another folder: the path is made absolute here.
  const certificateFile = resolve(seal.certificateFile);
  if (!existsSync(certificateFile) || !statSync(certificateFile).isFile()) throw new Error(`Sigillo della segnatura: il certificato ${certificateFile} non esiste.`);
  return {
    environment: { CARTEGGIO_SEAL_KMS_KEY_ID: seal.kmsKeyArn, CARTEGGIO_SEAL_CERT: SEAL_CERTIFICATE_IN_BUNDLE },
    afterBundling: (out: string) => [`mkdir -p ${out}/seal && cp '${certificateFile.replace(/'/g, `'\\''`)}' ${out}/seal/certificate.pem`],
    permission: new PolicyStatement({ actions: ['kms:Sign'], resources: [seal.kmsKeyArn] }),
  };
}
