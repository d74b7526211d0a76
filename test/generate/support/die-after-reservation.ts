/**
 * A generation that is killed after taking its number: run as a child process by
 * register-reservations.test.ts, which kills it (SIGKILL) once it prints "RISERVATO <id>".
 * The stores come from the environment (CARTEGGIO_* of the test's local stack); storing the files
 * never finishes, so the process is always killed between numbering and its letter.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../../shared/config/carteggio-config.ts';
import { awsClients } from '../../../shared/storage/aws-clients.ts';
import { buildGenerateDeps } from '../../../functions/generate/generate-deps.ts';
import { generateLetter } from '../../../shared/generate/generate-letter.ts';
import type { ProtocolRegister } from '../../../shared/register/protocol-register.ts';

const config = loadConfig();
const deps = buildGenerateDeps(config, awsClients(config));
const register: ProtocolRegister = Object.create(deps.register, {
  reserve: {
    value: async (...args: Parameters<ProtocolRegister['reserve']>) => {
      const r = await deps.register.reserve(...args);
      process.stdout.write(`RISERVATO ${r.id}\n`);
      return r;
    },
  },
});
const objects = Object.create(deps.objects, { put: { value: () => new Promise(() => {}) } });
const example = JSON.parse(readFileSync(new URL('../../../templates/examples/lettera.json', import.meta.url), 'utf8'));
const data = { ...example, mittente: { ...example.mittente, codiceIpa: process.argv[2] } };
await generateLetter({ template: 'lettera', data }, { ...deps, register, objects, now: () => new Date(process.argv[3]) });
