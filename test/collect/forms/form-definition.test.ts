import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FormDefinition, valuesSchema } from '../../../shared/collect/form-definition.ts';
import { defaultFormsDir, formRegistry, loadFormRegistry } from '../../../shared/collect/form-registry.ts';
import { FormDefinitionError, UnknownFormError } from '../../../shared/collect/errors.ts';
import { SUBMISSION_RULES } from '../../../shared/collect/submission-rules.ts';
import { answers, form } from './form-samples.ts';

const installed = (id: string) => JSON.parse(readFileSync(join(defaultFormsDir(), `${id}.json`), 'utf8'));
const messagesOf = (id: string, values: Record<string, unknown>) => {
  const r = valuesSchema(form(id)).safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('the form registry', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = () => {
    const d = mkdtempSync(join(tmpdir(), 'carteggio-forms-'));
    dirs.push(d);
    return d;
  };

  it('holds the three forms of the supervision campaigns', () => {
    // Act
    const ids = formRegistry()
      .list()
      .map((d) => d.id);
    // Assess
    expect(ids).toEqual(expect.arrayContaining(['allegato-1-referente', 'allegato-2-ricognizione', 'poa-supervisione']));
  });

  it('picks up a new definition file placed in its folder, with nothing else to change', () => {
    // Prepare: a new form, as a region would add it
    const dir = folder();
    const def = { ...installed('allegato-1-referente'), id: 'referente-tecnico', title: 'Referente tecnico per la piattaforma' };
    writeFileSync(join(dir, 'referente-tecnico.json'), JSON.stringify(def));
    // Act
    const registry = loadFormRegistry(dir);
    // Assess
    expect(registry.get('referente-tecnico').title).toBe('Referente tecnico per la piattaforma');
  });

  it('refuses a file not named after its form, naming both', () => {
    // Prepare
    const dir = folder();
    writeFileSync(join(dir, 'referente.json'), JSON.stringify(installed('allegato-1-referente')));
    // Act / Assess
    expect(() => loadFormRegistry(dir)).toThrow(/allegato-1-referente\.json/);
  });

  it('refuses a file that is not JSON, naming the file', () => {
    // Prepare
    const dir = folder();
    writeFileSync(join(dir, 'rotto.json'), '{ "id": ');
    // Act / Assess
    expect(() => loadFormRegistry(dir)).toThrow(FormDefinitionError);
  });

  it('answers an unknown form id with the ids it knows', () => {
    // Act / Assess
    expect(() => formRegistry().get('modulo-inesistente')).toThrow(UnknownFormError);
  });
});

describe('a form definition keeps its rules', () => {
  const base = () => installed('allegato-1-referente');

  it('refuses two labels one of which starts the other (a printed form could not tell them apart)', () => {
    // Prepare
    const def = base();
    def.fields[1].label = 'Nome e cognome';
    // Act
    const r = FormDefinition.safeParse(def);
    // Assess
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([expect.stringMatching(/labels of referenteNome and referenteRuolo|labels of referenteRuolo and referenteNome/)]);
  });

  it('refuses a choice without options', () => {
    // Prepare
    const def = base();
    def.fields[1] = { ...def.fields[1], type: 'choice' };
    // Act
    const r = FormDefinition.safeParse(def);
    // Assess
    expect(r.success).toBe(false);
  });

  it("refuses a field named like the body's pre-filled fields", () => {
    // Prepare
    const def = base();
    def.fields[0].name = 'enteNome';
    // Act
    const r = FormDefinition.safeParse(def);
    // Assess
    expect(r.success ? '' : r.error.issues[0].message).toMatch(/reserved/);
  });

  it('refuses a row wider than the line', () => {
    // Prepare
    const def = base();
    def.fields[0].layout.width = 9;
    // Act
    const r = FormDefinition.safeParse(def);
    // Assess
    expect(r.success ? '' : r.error.issues[0].message).toMatch(/more than a line/);
  });
});

describe('every domain rule names forms and fields that exist', () => {
  it.each(SUBMISSION_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    // Act
    const unknown = Object.entries(rule.forms).flatMap(([formId, fields]) =>
      formRegistry().has(formId) ? fields.filter((f) => !form(formId).fields.some((d) => d.name === f)).map((f) => `${formId}.${f}`) : [formId],
    );
    // Assess
    expect(unknown).toEqual([]);
  });
});

describe("the values' schema derived from a definition", () => {
  it('accepts the complete answers of each form', () => {
    // Act
    const refused = Object.entries(answers).flatMap(([id, values]) => messagesOf(id, values));
    // Assess
    expect(refused).toEqual([]);
  });

  it("refuses a number out of range with the field's label and the range, in Italian", () => {
    // Act
    const messages = messagesOf('poa-supervisione', { ...answers['poa-supervisione'], oreGruppo: 2500 });
    // Assess
    expect(messages).toEqual(['Ore di supervisione di gruppo: un numero intero da 0 a 2000']);
  });

  it('refuses a fraction where an integer is due, with the same message', () => {
    // Act
    const messages = messagesOf('poa-supervisione', { ...answers['poa-supervisione'], gruppi: 1.5 });
    // Assess
    expect(messages).toEqual(['Gruppi di supervisione: un numero intero da 1 a 200']);
  });

  it('names a required field left empty', () => {
    // Act
    const messages = messagesOf('allegato-1-referente', { ...answers['allegato-1-referente'], referenteTelefono: '  ' });
    // Assess
    expect(messages).toEqual(['Telefono: campo obbligatorio, non compilato']);
  });

  it('asks for a field required by a choice only when that choice is made', () => {
    // Prepare
    const { quotaPnrr: _p, quotaFnps: _f, orePnrr: _op, oreFnps: _of, ...withoutShares } = answers['poa-supervisione'];
    // Act
    const mixed = messagesOf('poa-supervisione', { ...withoutShares, fonte: 'entrambe' });
    const single = messagesOf('poa-supervisione', { ...withoutShares, fonte: 'pnrr' });
    // Assess
    expect({ mixed: mixed.length, single }).toEqual({ mixed: 4, single: [] });
  });

  it('refuses a date that is not on the calendar', () => {
    // Act
    const messages = messagesOf('poa-supervisione', { ...answers['poa-supervisione'], dataFine: '2024-02-30' });
    // Assess
    expect(messages).toEqual(['Data di fine delle attività: una data valida nel formato gg/mm/aaaa']);
  });

  it('refuses a value a choice does not offer, listing the ones it does', () => {
    // Act
    const messages = messagesOf('poa-supervisione', { ...answers['poa-supervisione'], modalitaScelta: 'sorteggio' });
    // Assess
    expect(messages).toEqual(['Modalità di individuazione: una delle voci: «Affidamento», «Avviso pubblico», «Convenzione», «Altro»']);
  });

  it('refuses an e-mail address without a domain', () => {
    // Act
    const messages = messagesOf('allegato-1-referente', { ...answers['allegato-1-referente'], referenteEmail: 'ufficiodipiano@' });
    // Assess
    expect(messages).toEqual(['Indirizzo e-mail: un indirizzo e-mail valido (come nome@comune.it)']);
  });
});
