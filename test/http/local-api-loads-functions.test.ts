import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalHttpApi } from '../../cli/local-http-api.ts';
import type { ApiFunction } from '../../functions/http/api-routes.ts';

/**
 * Issue 11, "one request blocks everyone": loading a function's code on its first request (the
 * typesetting stack took up to 300 ms) stopped every other request on the local API's thread.
 */
describe('the local API at start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-api-load-'));
  let close = async () => {};
  afterAll(async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has loaded the code of every function before it answers a request', async () => {
    // Prepare
    const loaded: ApiFunction[] = [];
    const handler = async () => ({ statusCode: 204 });
    const loader = (fn: ApiFunction) => async () => {
      loaded.push(fn);
      return handler;
    };
    // Act
    const api = await startLocalHttpApi(0, { archive: loader('archive'), generate: loader('generate'), collect: loader('collect') }, { ambitoIpa: 'c_ambito', keyFile: join(dataDir, 'dev-identity.json') });
    close = () => new Promise((ok) => api.server.close(() => ok()));
    // Assess
    expect(loaded.sort()).toEqual(['archive', 'collect', 'generate']);
  });
});
