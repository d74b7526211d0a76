import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * After a crash (kill -9, a full disk) s3rver can leave an object's side files half written: a
 * metadata file that is not JSON, or a checksum that is not 32 hex digits. s3rver then answers 500 to
 * every listing of the bucket. Such side files are removed (s3rver rebuilds the checksum, and an
 * object without its metadata file is served as plain bytes); the object files are not touched.
 * Returns the paths removed.
 */
export function repairS3rverFolder(dir: string): string[] {
  const removed: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('._S3rver_metadata.json') && !parses(path)) removed.push(path);
      else if (name.endsWith('._S3rver_object.md5') && !/^[0-9a-f]{32}$/.test(readFileSync(path, 'utf8').trim())) removed.push(path);
    }
  };
  try {
    walk(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}

function parses(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}
