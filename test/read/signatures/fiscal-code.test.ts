import { describe, expect, it } from 'vitest';
import { fiscalCodeOf } from '../../../shared/read/verify-cms.ts';

// The fiscal code in a qualified certificate's serialNumber attribute (OID 2.5.4.5).
describe('fiscalCodeOf', () => {
  it.each([
    ['TINIT-RSSMRA80A01H501U', 'RSSMRA80A01H501U'],
    ['IT:RSSMRA80A01H501U', 'RSSMRA80A01H501U'],
    ['tinit-rssmra80a01h501u', 'RSSMRA80A01H501U'],
    ['TINIT-RSSMRA80A01H50MM', 'RSSMRA80A01H50MM'], // omocodia: a digit replaced by a letter, its own check character
  ])('%s gives %s', (serialNumber, code) => {
    // Act
    const found = fiscalCodeOf(serialNumber);
    // Assess
    expect(found).toBe(code);
  });

  it.each([
    ['a wrong check character', 'TINIT-RSSMRA80A01H501X'],
    ['a VAT number', 'VATIT-01234567890'],
    ['a passport number', 'PASIT-YA1234567'],
    ['a code of the wrong form', 'TINIT-1234567890123456'],
    ['nothing', null],
  ])('%s gives null', (_what, serialNumber) => {
    // Act
    const found = fiscalCodeOf(serialNumber);
    // Assess
    expect(found).toBeNull();
  });
});
