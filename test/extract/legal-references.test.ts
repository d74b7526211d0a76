import { describe, expect, it } from 'vitest';
import { extractLegalReferences } from '../../shared/extract/legal-references.ts';
import { SourceText } from '../../shared/extract/source-text.ts';
import { letterPages } from '../support/letter-pages.ts';

const refs = (text: string) => extractLegalReferences(new SourceText(letterPages(text))).map((f) => f.value);

describe('legal references', () => {
  it('normalises abbreviated citations to TYPE NUMBER/YEAR', () => {
    expect(refs('ai sensi della L. 328/2000, della L.R. 23/2003 e del D. Lgs. n. 147 / 2017')).toEqual(['L. 328/2000', 'L.R. 23/2003', 'D.Lgs. 147/2017']);
  });

  it('reads a regional law whose first dot OCR lost ("LR. 48/1991")', () => {
    expect(refs('visti il D.Lgs. 118/2011 e la LR. 48/1991, rileva')).toEqual(['D.Lgs. 118/2011', 'L.R. 48/1991']);
  });

  it('reads an interministerial decree ("D.I.") as a D.M.', () => {
    expect(refs('ai sensi del D.I. 29 dicembre 2030, n. 182')).toEqual(['D.M. 182/2030']);
  });

  it('reads a decree named by the office-holder who signs it as a D.D.', () => {
    expect(refs('con decreto del Dirigente generale n. 212 del 14 marzo 2031 è stato approvato il riparto')).toEqual(['D.D. 212/2031']);
  });

  it('reads a decree of a director named with his office in full as a D.D.', () => {
    expect(refs('con decreto del Direttore della Direzione Enti Locali e Servizi Nord n. 58 del 5 febbraio 2031 è stato assegnato')).toEqual(['D.D. 58/2031']);
  });

  it('reads a "decreto direttoriale" of the body named after it as a D.D.', () => {
    expect(refs("con decreto direttoriale del Ministero dell'Ambiente e della Sicurezza Energetica n. 412 del 9 maggio 2031 è stato ripartito")).toEqual(['D.D. 412/2031']);
  });

  it('reads a minister’s decree adopted "di concerto con" another minister as a D.M.', () => {
    expect(refs("VISTO il decreto del Ministro del lavoro e delle politiche sociali, di concerto con il Ministro dell'economia e delle finanze, 20 novembre 2030, n. 187, di adozione del Piano")).toEqual(['D.M. 187/2030']);
  });

  it('reads a law numbered before its date with "dell’": "L. n. 328 dell’8 novembre 2000"', () => {
    expect(refs("Restano ferme le indicazioni della L. n. 328 dell'8 novembre 2000 sull'integrazione.")).toEqual(['L. 328/2000']);
  });

  it('does not make a D.D. of a director’s decree without a number', () => {
    expect(refs('con decreto del Direttore della Direzione Enti Locali del 5 febbraio 2031, n. protocollo interno')).toEqual([]);
  });

  it('reads "il proprio decreto n. …" in a decree of a dirigente as an earlier D.D. of the same office', () => {
    expect(refs('DECRETO DEL DIRIGENTE DEL SETTORE INCLUSIONE\nVISTO il proprio decreto n. 61 del 02/03/2031 di prenotazione')).toEqual(['D.D. 61/2031']);
  });

  it('leaves out "il proprio decreto n. …" of a mayor who cites a dirigente’s decree', () => {
    expect(refs('DECRETO SINDACALE N. 4\nVisto il proprio decreto n. 3 del 10/01/2031 e il decreto del Dirigente n. 1234 del 02/01/2031')).toEqual(['D.D. 1234/2031']);
  });

  it('leaves out "il proprio decreto n. …" of a mayor, a municipal act', () => {
    expect(refs('IL SINDACO\nRICHIAMATO il proprio decreto n. 14 del 02/03/2031 di nomina')).toEqual([]);
  });

  it('reads a type whose last dot OCR gave as a comma ("D.P.R, 28 dicembre 2000, n. 445")', () => {
    expect(refs('(artt. 47 e 76 del D.P.R, 28 dicembre 2000, n. 445)')).toEqual(['D.P.R. 445/2000']);
  });

  it('reads a number whose "n." OCR gave as "n," ("D.P.C.M. 5 agosto 1999, n, 320")', () => {
    expect(refs('ripartita secondo il D.P.C.M. 5 agosto 1999, n, 320.')).toEqual(['D.P.C.M. 320/1999']);
  });

  it('takes the year from the date of enactment when the citation is written out', () => {
    expect(refs('la legge 30 dicembre 2021, n. 234 e il decreto legislativo 15 settembre 2017, n. 147')).toEqual(['L. 234/2021', 'D.Lgs. 147/2017']);
  });

  it('does not read an enactment date written with slashes as the number', () => {
    expect(refs('artt. 20 e 21 del d.lgs. 7/3/2005, n. 82')).toEqual(['D.Lgs. 82/2005']);
  });

  it('reads "n. X del <date>" and "n. X del <year>"', () => {
    expect(refs('D.G.R. n. 502 del 22 dicembre 2020; d.p.c.m. n. 159 del 2013; Decreto Dirigenziale n. 260 del 21 gennaio 2020')).toEqual([
      'D.G.R. 502/2020',
      'D.P.C.M. 159/2013',
      'D.D. 260/2020',
    ]);
  });

  it('reads an act that names its region, and a number after a legislature prefix', () => {
    expect(refs('la Legge Regionale Campania 23 ottobre 2007, n. 11, la D.G.R. Lazio n. 149 del 2 maggio 2018 e la d.g.r. n. XII/1669 del 28/12/2023')).toEqual([
      'L.R. 11/2007',
      'D.G.R. 149/2018',
      'D.G.R. 1669/2023',
    ]);
  });

  it('reads a ministerial decree named by its minister, and a Piedmont deliberation number as printed', () => {
    expect(refs('il decreto del Ministro del Lavoro e delle politiche sociali 13 dicembre 2023, n. 154 e la deliberazione della Giunta regionale del Piemonte n. 16-8121 del 29 gennaio 2024')).toEqual([
      'D.M. 154/2023',
      'D.G.R. 16-8121/2024',
    ]);
  });

  it('reads a Tuscan "DGRT" and a minister\'s decree whose title runs onto the next line', () => {
    expect(refs('approvati con DGRT n. 1342 del 18/11/2024 e il decreto del Ministro del lavoro e delle politiche\nsociali n. 160 del 13 dicembre 2023')).toEqual([
      'D.G.R. 1342/2024',
      'D.M. 160/2023',
    ]);
  });

  it('reads a delegating law, "legge delega n. 33/2023"', () => {
    expect(refs('attuativo della legge delega n. 33/2023')).toEqual(['L. 33/2023']);
  });

  it('gives a deliberation the type of the regional body that adopted it', () => {
    expect(refs('con deliberazione n. 104 del 29 dicembre 2020, il Consiglio regionale ha approvato')).toEqual(['D.C.R. 104/2020']);
  });

  it('maps the TUEL to the legislative decree it is', () => {
    expect(refs('ai sensi del TUEL n. 267/2000')).toEqual(['D.Lgs. 267/2000']);
  });

  it('keeps decree-laws apart from legislative decrees', () => {
    expect(refs('il DL 48/2023, convertito con L. 85/2023')).toEqual(['D.L. 48/2023', 'L. 85/2023']);
  });

  it('corrects a D.L./D.Lgs. misprint when the same act is cited more often with the other type', () => {
    expect(refs('D.Lgs. 147/2017 e ancora D.Lgs. 147/2017, poi per errore DL 147/2017')).toEqual(['D.Lgs. 147/2017']);
  });

  it('reads EU regulations printed year first', () => {
    expect(refs('Regolamento (UE) 2021/1060 e Regolamento (UE) n. 1303/2013')).toEqual(['Reg. UE 1303/2013', 'Reg. UE 1060/2021']);
  });

  it('leaves out unnumbered acts, the Constitution and circulars', () => {
    expect(refs("il decreto del Ministro in data 22 ottobre 2021, l'articolo 117 della Costituzione e la circolare n. 3 del 2022")).toEqual([]);
  });
});

describe('a director’s decree named with his office (misfires a fresh reader found)', () => {
  it('does not run across "e della legge" to take the law’s number', () => {
    expect(refs('Ai sensi del decreto del Direttore della Direzione Generale Welfare e della legge n. 328/2000 si comunica quanto segue.')).toEqual(['L. 328/2000']);
  });
});

describe('Sicily’s decrees of a dirigente', () => {
  it('reads "D.D.G. n. 1432 del 14/07/2031" and "D.D.S. n. 88/2031" as D.D.', () => {
    expect(refs('ai sensi del D.D.G. n. 1432 del 14/07/2031 e del D.D.S. n. 88/2031')).toEqual(['D.D. 1432/2031', 'D.D. 88/2031']);
  });
});

describe('a director’s office with a dash in its name (a misfire a fresh reader found)', () => {
  it('reads "decreto del Direttore della Direzione Ambiente – Settore Rifiuti n. 58/2031" as a D.D.', () => {
    expect(refs('Visto il decreto del Direttore della Direzione Ambiente – Settore Rifiuti n. 58/2031, si comunica.')).toEqual(['D.D. 58/2031']);
  });
});

describe('an act numbered with its office’s code', () => {
  it('reads "decreto del Dirigente n. 211/DPS del 18/11/2031" as D.D. 211/2031', () => {
    expect(refs('con decreto del Dirigente n. 211/DPS del 18/11/2031 si è provveduto')).toEqual(['D.D. 211/2031']);
  });
});

describe('a Region’s decree named as regional', () => {
  it('reads "decreto dirigenziale regionale n. 45 del 24/02/2031" as D.D. 45/2031', () => {
    expect(refs('Visto il decreto dirigenziale regionale n. 45 del 24/02/2031 di impegno')).toEqual(['D.D. 45/2031']);
  });

  it('reads "Decreto regionale n. 18244 del 04/12/2031" as D.D. 18244/2031', () => {
    expect(refs('Trasmissione del Decreto regionale n. 18244 del 04/12/2031')).toEqual(['D.D. 18244/2031']);
  });
});

describe('regional acts numbered in two parts', () => {
  it('keeps Sardinia’s "n. 14/27 del 20.03.2031" (session 14, item 27) whole, the year from its date', () => {
    expect(refs('presa d’atto del riparto di cui alla D.G.R. n. 14/27 del 20.03.2031;')).toEqual(['D.G.R. 14/27/2031']);
  });

  it('reads "n. 123/31 del 20.03.2031" as act 123 of 2031: the figures after the slash repeat the date’s year', () => {
    expect(refs('vista la D.G.R. n. 123/31 del 20.03.2031;')).toEqual(['D.G.R. 123/2031']);
  });
});

describe('an act cited by its date alone', () => {
  it('takes no number and year from "D.M. 26/09/2016" (a day and a month are no act number)', () => {
    expect(refs('persone di cui all’art. 3 del D.M. 26/09/2016')).toEqual([]);
  });
});
