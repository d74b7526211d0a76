// shared/storage/aws-clients.ts
import { S3Client } from "@aws-sdk/client-s3";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
function awsClients(config) {
  const local = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const s3 = new S3Client({
    region: config.region,
    ...config.s3Endpoint ? { endpoint: config.s3Endpoint, forcePathStyle: true, credentials: local } : {}
  });
  const dynamo = new DynamoDBClient({
    region: config.region,
    ...config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint, credentials: local } : {}
  });
  return { s3, dynamo };
}

// shared/storage/s3-object-store.ts
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, NotFound, NoSuchKey } from "@aws-sdk/client-s3";
var S3ObjectStore = class {
  constructor(s3) {
    this.s3 = s3;
  }
  s3;
  async get(bucket, key) {
    const out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
  }
  async put(bucket, key, body, contentType) {
    await this.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  }
  async exists(bucket, key) {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (err) {
      if (err instanceof NotFound || err instanceof NoSuchKey || err.$metadata?.httpStatusCode === 404) return false;
      throw err;
    }
  }
};

export {
  awsClients,
  S3ObjectStore
};
//# sourceMappingURL=chunk-LOKZRF34.mjs.map
