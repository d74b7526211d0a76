import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sign, type KeyObject } from 'node:crypto';

/** One Sign request as the fake received it. */
export interface SignRequest {
  KeyId: string;
  MessageType: string;
  SigningAlgorithm: string;
  messageBytes: number;
  signedBySdk: boolean;
}

/**
 * What AWS KMS's Sign answers, on loopback, with local keys: there is no KMS emulator offline. It
 * speaks KMS's JSON protocol (X-Amz-Target TrentService.Sign, application/x-amz-json-1.1), signs RAW
 * messages as KMS does (RSASSA_PKCS1_V1_5_SHA_256, or ECDSA_SHA_256/384 in DER), and answers a key it
 * does not hold, or one listed in `denied`, with KMS's error shapes.
 */
export async function startKmsSignServer(keys: Record<string, KeyObject>, denied: string[] = []): Promise<{ endpoint: string; requests: SignRequest[]; close(): Promise<void> }> {
  const requests: SignRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fail = (status: number, type: string, message: string) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'fake' });
        res.end(JSON.stringify({ __type: type, message }));
      };
      if (req.headers['x-amz-target'] !== 'TrentService.Sign') return fail(400, 'UnsupportedOperationException', `only Sign: ${req.headers['x-amz-target']}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { KeyId: string; Message: string; MessageType?: string; SigningAlgorithm: string };
      const message = Buffer.from(body.Message, 'base64');
      requests.push({ KeyId: body.KeyId, MessageType: body.MessageType ?? 'RAW', SigningAlgorithm: body.SigningAlgorithm, messageBytes: message.length, signedBySdk: /^AWS4-HMAC-SHA256 /.test(req.headers.authorization ?? '') });
      if (denied.includes(body.KeyId)) return fail(400, 'AccessDeniedException', `User is not authorized to perform: kms:Sign on resource: ${body.KeyId}`);
      const key = keys[body.KeyId];
      if (!key) return fail(400, 'NotFoundException', `Key '${body.KeyId}' does not exist`);
      if ((body.MessageType ?? 'RAW') !== 'RAW' || message.length > 4096) return fail(400, 'ValidationException', 'only RAW messages up to 4096 bytes');
      const hash = { RSASSA_PKCS1_V1_5_SHA_256: 'sha256', ECDSA_SHA_256: 'sha256', ECDSA_SHA_384: 'sha384' }[body.SigningAlgorithm];
      if (!hash) return fail(400, 'InvalidKeyUsageException', `unsupported ${body.SigningAlgorithm}`);
      const signature = sign(hash, message, key);
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'fake' });
      res.end(JSON.stringify({ KeyId: body.KeyId, Signature: signature.toString('base64'), SigningAlgorithm: body.SigningAlgorithm }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
