import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';
import { EVAL_SETS } from '../../cli/eval-sets.ts';
// The shared scorer and labels beside the repository: the same ones `npm run eval` uses.
import { FIELDS, loadDocs, score } from '../../../shared/eval/score.mjs';

// The sets, from cli/eval-sets.ts (the list `carteggio eval --all` scores). How each blind set first scored:
// blind: fourteen documents written by someone who had not seen the rules, first scored at 0.865 (November 2026).
// blind2: sixteen more written without seeing the rules (registers, determine, delibere, two-column signatures, bundles),
// first scored at 0.936 (November 2026).
// blind3: sixteen more written without seeing the rules, with the conditions of real mail (receivers' stamps, incremental
// updates, logos drawn as pictures, footers, bundles), first scored at 0.900, sender 0.483 (November 2026).
// blind4: fourteen more written blind (bodies and kinds the others lack: ASST, ARPA, a juvenile court, a Questura's form,
// a bilingual Provincia autonoma), first scored at 0.948, docType 0.714, sender 0.786 (November 2026).
// blind5: twelve more written blind after the fixes for sets 3 and 4 (an Ambito's Ufficio di Piano, an ASP, INPS, a CPI,
// a CISS, the Order of social workers), first scored at 0.943, docType 0.833, sender 0.833 (November 2026).
// blind6–blind10: five more written blind on 30 November 2026 (fourth session), each first scored as written: acts as on an albo
// pretorio 0.929, the mail of the social-services chain 0.931, documents as producers write them (DevExpress, Word,
// PDF24, stamps as annotations or appended streams) 0.923, a Region collecting from its Ambiti 0.879, and a set
// written after the fixes as an estimate of unseen mail 0.952.
// blind11: twelve written blind on 30 November 2026 (fifth session) after the kinds of the real set (albo-pretorio acts,
// a Provincia's decree with a vertical protocol and a receiver's stamp, a school's forwarding circular, a CdA item, an
// Ambito's notice with its form, a Region's accounting sheet, a purchase letter with a scanned quote), first scored at 0.959.
// blind12: twelve more written blind in the same session and first scored after its fixes, as the estimate of unseen mail: 0.973.
// blind13: twelve more of bodies and kinds the others lack (an azienda speciale consortile, a Comunità montana, a juvenile
// court, a Questura, minutes of a Conferenza dei Sindaci), first scored at 0.925 (docType 0.750, sender 0.783).
// blind14: twelve more after the real set's kinds, written and first scored at the end of the session as its estimate of
// unseen mail: 0.952, every field ≥ 0.878 (signatories).
// blind15: twelve written blind on 30 November 2026 (sixth session) of notes between offices and bodies little seen (an ATS,
// a Prefettura, INAIL, a Garante, an IPAB, an Unione dei Comuni drawn as outlines, a Tribunale), first scored at 0.884
// (sender 0.545, docType 0.667, meetings 0.667).
// blind16: twelve more of the real set's kinds written in other ways (names above roles, roles with names in brackets,
// "ore 9 e 30", two-digit years), first scored at 0.913 (signatories 0.667, meetings 0.667).
// blind17: twelve of the everyday mail of the chain in proportion (notes, convocations, albo acts, a ministry's note, a
// reminder, a notice with its form, a scan, a bundle), written and first scored after the session's fixes and a fresh
// reader's review, as its estimate of unseen mail: 0.969 (docType 0.750; every other field ≥ 0.923).
// blind18: twelve more after the real set's kinds, in regions the others lack (Abruzzo, Molise, Basilicata, Marche, Umbria,
// Liguria, Piemonte, Friuli), written last and first scored after a second fresh reader's review, as the session's final
// estimate: 0.969 (recipients 0.889, documentDate 0.909, emails 0.909; every field ≥ 0.889).
// blind19: ten of an office's ordinary week, written last and first scored after a third fresh reader's review, as the
// session's final estimate: 0.949 (docType 0.700, protocol 0.933, cc 0.875, emails 0.930; every other field ≥ 0.947).
// blind20: ten of a small Comune's albo (a visa and an opinion issued as sheets, an ordinance, a messo's relata, a
// determinazione di liquidazione, a mayor's decree, a Giunta's deliberation, a council's convocation, a note with the
// receiver's stamp, a cover forwarding a Region's decree), first scored at 0.946 (docType 0.600, documentDate 0.800).
// blind21: ten of the real set's kinds from other bodies (school circulars forwarding notes, a Province's decree calling
// an election, a university board's proposal, a Prefecture's scanned order with its quote, a consortium's notice, a
// Region's determinazione frame, a Segretario's circular, a collegio's scanned opinion), first scored at 0.881
// (cc 0.500, signatories 0.686, meetings 0.800).
// blind22: twelve of a Region's and an Ufficio di Piano's month of mail in proportion, written while the session's fixes
// and a fresh reader's review landed and first scored after them, as the session's estimate: 0.969 (meetings 0.857,
// protocol 0.900, docType 0.917; every other field ≥ 0.962).
// blind23: twelve "other files" of the real set's kinds, one for each (r02–r26), written during the session and first
// scored after its second review, as its final estimate: 0.940 (meetings 0.800, emails 0.889, signatories 0.889, subject
// 0.909, documentDate 0.909).
// blind24: ten more of the real set's kinds, written after the third fresh reader's review and first scored after its
// fixes, as the session's final estimate: 0.946 (protocol 0.769: a school's segnatura "… REGISTRO PROTOCOLLO …", a
// citation wrapped before its label; deadlines 0.889, signatories 0.895).
// blind25: ten of the real set's kinds from bodies of other regions (Lombardia, Veneto, Piemonte, Emilia-Romagna, Toscana,
// Trentino, FVG, Liguria, Sardegna, Puglia), first scored at 0.901 (deadlines 0.609: authorities' own acts, windows naming
// both days; protocol 0.800: a stamp annotation over the header, "REG_PROT … Partenza"; meetings 0.800).
// blind26: twelve of a month of a Region's and an Ambito's mail on the POA, first scored at 0.957 (docType 0.750: nota or
// lettera, an answer to a note; signatories 0.889).
// blind27: ten of the real set's kinds, written while the session's review landed and first scored before its fixes, as
// the session's final estimate: 0.942 (documentDate 0.824, signatories 0.810: a scanned order, names above roles).
// blind28: twelve of the national level's mail and what it sets in motion (Ministry notes and decree, INPS circulars, ANCI,
// the Conferences, a Region's relay, an Ambito's reply, a printed PEC, a scan), first scored at 0.919 (sender 0.800,
// docType 0.833, signatories 0.833).
// blind29: twelve of an autumn of a southern lead Comune and its Ufficio di Piano, signatures and dates in every layout,
// first scored at 0.970 (deadlines 0.833: the issuer's own offices' acts).
// blind30: another file of twelve of the real set's kinds from bodies of the Centre and North, written while the session's
// review ran and first scored before its fixes, as the session's final estimate: 0.941 (emails 0.789 and signatories 0.821 on
// two scans read by OCR, recipients 0.870).
// blind31: a further file of the real set's kinds from the South and the islands, first scored at 0.960 (deadlines 0.882:
// a Comune's own candidature named with an apposition; recipients and cc under a printed PEC's header).
// blind32: a winter of LEPS supervisione and Fondo Povertà mail between a Ministry, three Regions and their Ambiti, first
// scored at 0.917 (meetings 0.500: a DevExpress bold line read "alleore 17.00"; signatories 0.867, documentDate 0.900).
// blind33: another file of the real set's kinds from Central Italy, first scored at 0.891 (meetings 0.333: a second call's bold
// line read as the dateline, a reconvened office, sessions told; docType and documentDate 0.833; recipients in a ruled table).
// blind34: a spring of a Calabrian Ufficio di Piano's mail in and out, first scored at 0.951 (meetings 0.833: a session put off,
// "dello stesso giorno"; deadlines 0.875: the issuer's own acts and duty).
// blind35: national and regional mail from the North-East and the Islands on the census of social-service staff, first scored
// at 0.958 (sender 0.762: Friuli's and Sardinia's names for an Ambito, a long running head, a printed PEC; deadlines 0.848).
// blind36: a Region's summer collection of POA and staff censuses from its Ambiti, first scored at 0.923 (docType 0.750,
// protocol 0.824: Campania's incoming stamp with "Mitt.:", an annotation's stamp wrapped over two lines).
// blind37: the albo pretorio of Comuni and an Unione in Puglia and Basilicata, first scored at 0.955 (docType 0.833: a recital's
// wrapped "determinazione n. …" read as the heading; signatories 0.920: "IL COMPONENTE", "Comandante Magg. …").
// blind38: an autumn of a Lombard Ambito's mail (a Ministry's notes, a Region's circular, cover notes, a printed e-mail, a
// reminder, a scan), first scored at 0.942 (docType 0.583: cover notes and a note greeting a class of readers read as letters).
// blind39: schools, a university, a Protezione Civile and a Prefettura in a snowy winter (circulars forwarding notes, a board's
// item, a rector's decree, orders with a quote, a scan), first scored at 0.971 (docType 0.833, meetings 0.889, amounts 0.926).
// blind40: four Regions' acts and notes on social funds and their Ambiti's answers, first scored at 0.934 (docType and sender
// 0.833, signatories 0.872: visas told as sentences; amounts 0.884: a table broken by the page, its first cells wrapped).
// blind41: the albo pretorio and mail of a Campanian social-services consortium and small Comuni, first scored at 0.979
// (emails 0.904: a table of PEC addresses broken by the page; signatories 0.917: "F.to:Name", "Rag.Name"; cc 0.889).
// blind42: national mail reaching Regions and Ambiti (Ministries, INPS, Prefetture, ANCI, the Conferenza Unificata, a decree in
// the Gazzetta), first scored at 0.878 (protocol 0.545/0.727: a running header "Nota …, AOO … n. …", INPS's HERMES header;
// docType 0.750; sender 0.818: the Conferenza Unificata under the Presidenza del Consiglio; signatories 0.846; a scan).
// blind43: Piedmont's consortia, an Emilian ASP and Comitato di Distretto, a Ligurian ASL and Comuni, a university, first
// scored at 0.929 (sender 0.636: a consortium's acronym over its name, a Comitato's name; meetings 0.800; recipients 0.897).
// blind44: a winter of the Islands' and Calabria's mail (Sicilian Distretti socio-sanitari, Sardinian PLUS, a Calabrian Ambito,
// the Regions, an ASP, a Prefettura), first scored at 0.944 (sender 0.727, signatories 0.863, meetings 0.857, cc 0.882).
// blind45: the Alps and the North-East (Comunità di valle, the autonomous Provinces, Unités des Communes, Servizio sociale dei
// Comuni, ULSS; letterheads in two languages), first scored at 0.866 (sender 0.500, cc 0.741, documentDate 0.762).
// blind46: Regione Puglia collects the POA of the LEPS supervisione from its Ambiti (the call, submissions on time, late,
// incomplete and corrected, a reminder, the sharing of funds), first scored at 0.961 (docType 0.667, subject 0.909).
// blind47: a spring of mail in Lazio, Abruzzo and Molise (Distretti, Roma Capitale, an EAS, a Comunità montana, Regions, an
// ordinance, a school), first scored at 0.975 (signatories 0.872, amounts 0.956).
// blind48: a winter of social-services mail in Tuscany, Umbria and the Marche (Società della Salute, Zone-distretto, a Marche ATS,
// Unioni, an ASP, a Conferenza zonale), first scored at 0.955 (signatories 0.829, subject 0.900, deadlines 0.909).
// blind49: those who write to an Ufficio di Piano (cooperatives, a foundation, associations, a Caritas, a CAF, the Tribunale per i
// minorenni, a Garante, INPS, a Polizia Locale), first scored at 0.913 (docType 0.417: private bodies' letters read as notes;
// sender 0.857, documentDate 0.870, amounts 0.917).
// blind50: a month of a Northern Ufficio di Piano in and out (Aziende speciali consortili, ATS, ULSS, Unioni, Regions, the
// Ministry), first scored at 0.944 (sender 0.727, docType 0.833, meetings 0.889).
// blind51: the albo pretorio of an Emilian Comune and its Unione (notices, decrees, determinazioni, resolutions, certificates,
// the auditors' minutes, an ordinance), first scored at 0.978 (signatories 0.909, recipients 0.917).
// blind52: the Ministry's side (circulars and notes to Regions and Ambiti, a decree of shares, a convocation, a reminder, the
// answers, an INPS message), first scored at 0.929 (sender 0.762, meetings 0.800, signatories 0.833, deadlines 0.900).
// blind53: a year of Southern Ambiti in Campania, Puglia and Calabria (determinazioni, deliberations, a notice, a convocation, a
// Region's circular, a press release, a certificate, a scan, a forwarded ASL note, a plan), first scored at 0.844 (cc 0.000: an
// "e p.c." at the left margin before blocks in the right column; meetings 0.500, recipients 0.750, docType 0.833).
// blind54: the Regione Siciliana collects the POA from its Distretti (circular, instructions, a form, timely and late
// submissions, a reminder, the approving decree, a Sardinian PLUS, PEC receipts, a scan), first scored at 0.952 (docType 0.750,
// meetings 0.800).
// blind55: mountains and autonomies of the North (autonomous Provinces, Comunità di valle, a Valdostan Unité, a Friulan SSC, a
// Comunità montana, trade unions, a cooperative, bilingual letterheads), first scored at 0.896 (signatories 0.585, sender 0.636).
// blind56: metropolitan welfare in the North-West (Milan, Turin, the Città metropolitana, Lombard ATS and ASST, a Piedmontese
// consortium, a Ligurian ATS, the Regione Lombardia, an ordinance, a notice, a printed e-mail thread), first scored at 0.919 at
// 4abf678 (docType 0.667, sender 0.818, signatories 0.848).
// blind57: what an Ufficio di Piano sends out (convocations, a POA summary, reminders, PEC letters, minutes, a notice, a calendar
// of supervision sessions, a determinazione), first scored at 0.936 at 4abf678 (meetings 0.625, docType 0.833, deadlines 0.875).
// blind58: State and health offices writing to Comuni's social services (an ASL, a court, a juvenile prosecutor, a Questura, a
// Prefettura, INAIL, the Agenzia delle Entrate, a school, a university, a Garante), first scored at 0.919 at 4abf678 (protocol
// 0.824, meetings 0.800, sender 0.833).
// blind59: local bodies of Emilia-Romagna and Veneto writing to one another (Unioni, an ASP, an AUSL district, cooperatives, a
// volunteers' association, a Caritas, a printed PEC thread, a determinazione, an agreement, a notice), first scored at 0.948 at
// 6ab277b (docType 0.750, sender 0.889, amounts 0.917).
// blind60: the meetings of Central Italy's Ambiti (Comitati and Conferenze dei Sindaci, Società della Salute, tables, minutes, a
// calendar, a postponement, a second call, a public hearing), first scored at 0.945 at 6ab277b (meetings 0.788, docType 0.833).
// blind61: the Ministry of Labour and INPS writing to Regions and Ambiti (LEPS, Fondo Povertà, PNRR, ADI) and their answers,
// first scored at 0.925 at 6ab277b (recipients 0.656, meetings 0.800, cc 0.839).
// blind62: a Sardinian and Lucanian social-services inbox (a printed PEC with its letter, a provider's delivery receipt, a scan,
// a Region's forward of a ministerial note, INPS, ASL and ASP letters, a cooperative's invoices, a Regional determinazione), first
// scored at 0.928 at 6a1da6f (sender 0.600, docType 0.750, deadlines 0.919, meetings 0.889).
// blind63: acts on the albo pretorio of Lombard and Piedmontese local bodies (Giunta and Council deliberations, determine, a
// mayor's decree and ordinance, a publication certificate, a Council's convocation, an Unione montana's notice, a cover note
// forwarding an adopted plan, a scanned deliberation), first scored at 0.956 at 6a1da6f (documentDate 0.833, signatories 0.893).
// blind64: the Regione Lazio collecting the POA of the LEPS supervisione and a staff census from its Distretti (calls, reminders,
// cover notes with forms, a late one, a form sent back, an extension asked, a determinazione, a printed PEC, minutes), first scored
// at 0.953 at 38f73db (meetings 0.667, deadlines 0.889, amounts 0.932).
// blind65: a Friulian Ambito's Servizio Sociale dei Comuni writing out (convocations with calendars, minutes, notes to the health
// agency and the Region, a request for quotes, a bando, a determina with beneficiaries, a reminder, a letter to a family, a
// bundle), first scored at 0.965 at 38f73db (docType 0.750, amounts 0.943, deadlines 0.944).
// blind66: a Ministry directorate's archive (a circular to a two-column grid of addressees, a note forwarding a directorial decree
// with its table split by the page break, a margin segnatura, an errata corrige, the Rete's convocation, a Region's reply, an INPS
// messaggio, a Conferenza Unificata cover, a FAQ notice, ANCI's request for a meeting, a scan, a reminder citing four notes), first
// scored at 0.932 at ecdcfa7 (docType 0.750, sender 0.833, signatories 0.839, deadlines 0.857, meetings 0.857).
// blind67: a Sicilian Distretto socio-sanitario's in- and outbox (minutes and convocation of the Comitato dei Sindaci, a determina
// and its avviso pubblico, the health agency, the Region's upload receipt, a reminder, a cooperative's quote, a mayor's ordinance,
// a scan, a forwarded note, a letter to a citizen), first scored at 0.957 at ecdcfa7 (docType 0.833, deadlines 0.839, subject 0.900).
// blind68: PNRR M5C2 in Southern Ambiti (the Ministry's Unità di Missione on ReGiS reporting and targets, a co-design call, its
// commission's minutes, a cover note with a checklist, a DURC request, a Comune's counts, a forwarded PEC bundle, a scanned
// checklist), first scored at 0.990 at 693dea3 (docType 0.917, legalReferences 0.971).
// blind69: social-services procurement of an Emilian Unione and Marche and Umbria Comuni (a request for quotes, a cooperative's
// quote, a determina a contrarre, a public session's minutes, an award, a contract, an invoice cover, a liquidation, a penalty
// notice and its scanned reply, a printed PEC), first scored at 0.950 at 693dea3 (docType 0.750, meetings 0.800).
// blind70: schools and social services in Altamura (a school's reports and requests for assistance hours, the Comune's replies,
// a GLO convocation, the health agency's NPIA appointment, a determina of hours and euros, the USR's circular, a school's
// circular to families, a transport notice, a printed PEC, a scanned form), first scored at 0.861 at bdc62d1 (meetings 0.000,
// docType 0.583, protocol.number 0.667).
// blind71: child protection in Lombardy and Piedmont (a juvenile court's provisional decree and hearing, the Procura's request,
// a service's reports and reply, a foster-care agreement, a Questura note, a consultorio's letter, a determina paying foster
// families, a printed PEC, a scanned court page), first scored at 0.925 at bdc62d1 (docType 0.583, signatories 0.844).
// blind72: long-term care in Tuscany (the Region's decree sharing the FNA among the zones, a Società della Salute's notice and
// ranking, a UVM's call to a family, an RSA's request and the Comune's reply, INPS Home Care Premium by printed PEC, minutes, a
// scanned application, a cover note calling a technical meeting), first scored at 0.952 at 93c25b5 (sender 0.818, subject 0.900).
// blind73: the Assegno di inclusione in Abruzzo and Molise (the Ministry's note on GePI, a call to sign the patto, a Centro per
// l'impiego's letter, a determina of PUC, INPS's notice of forfeiture, minutes of an équipe, a printed PEC, a notice to citizens,
// a bundle, a scanned page), first scored at 0.953 at 93c25b5 (deadlines 0.889, protocol.date 0.889, subject 0.909).
// blind74: disability and 'Dopo di noi' in Emilia-Romagna and Marche (the Region's sharing decree, a Unione's cover note calling
// its table, notice, scanned form and ranking, a UVM's call, a families' association and the Comune's reply, the Garante, a
// printed PEC, the Consulta's minutes and call), first scored at 0.943 at 037e04f (docType 0.750, documentDate 0.870).
// blind75: homelessness in Latina (the mayor's Piano freddo ordinance, the Prefettura's call, the Region's note on the Fondo
// povertà, shelter nights awarded, Housing First, a street unit's monthly counts, Caritas and the Comune's reply, a via fittizia
// notice, printed PEC and bundles, a scanned Red Cross letter), first scored at 0.899 at 037e04f (docType 0.500,
// protocol.number 0.714, protocol.date 0.769).
// blind76: migrants' reception in Liguria (the Ministry of the Interior's note on the SAI network, the Prefettura's call of the
// Consiglio territoriale, a determina extending a SAI project, the Servizio Centrale, a volunteer guardian of a minor and the
// Comune's reply, a Questura note in a bundle, a cooperative's counts, an équipe's minutes, a printed PEC, a notice, a scanned
// page), first scored at 0.945 at dd89e9a (docType 0.750, signatories 0.865, deadlines 0.872).
// blind77: violence against women in Umbria (the Region's sharing resolution, the Pari Opportunità's note, an INPS circular and
// printed PEC on the Reddito di libertà, a centro antiviolenza's request and the renewal determina, the network's call and
// minutes, a Procura's note, a training notice, a scanned form), first scored at 0.925 at dd89e9a (meetings 0.444,
// deadlines 0.824).
// blind78: housing emergencies in Lombardy (the Region's sharing of the rent and morosità incolpevole funds, a printed PEC, an
// Ambito's notice and ranking, the Prefettura's eviction commission, ALER's offer of a flat, a tenant's letter and the Comune's
// reply, the Nucleo's minutes, a bundle, a scanned form), first scored at 0.879 at 7c743f2 (docType 0.667, meetings 0.667,
// sender 0.800, protocol 0.833).
// blind79: heat waves in Sicily (the Region's civil-protection bulletin, the ASP's note and a Comune's scanned answer, the COC's
// call and minutes, an ordinance, a notice to citizens, a printed PEC from the Prefettura, volunteers, teleassistance), first
// scored at 0.956 at 7c743f2 (protocol.date 0.857).
// blind80: pathological gambling in Piedmont (the Region's circular on its plan, the ASL's SerD note and a consortium's scanned
// answer, an Assembly's call, a table's minutes, a mayor's ordinance on gaming hours, a co-design notice, a tobacconist's letter
// and the Comune's reply, a determina, a printed PEC, a bundle), first scored at 0.948 at de173d1 (deadlines 0.824, docType 0.833).
// blind81: adult probation in Sardinia (UEPE's note, the Region's circular, a PLUS table's call and minutes, a determina, a
// notice, an association's letter and the Garante's reply, a printed PEC of the Tribunale di sorveglianza, a bundle, a scan, a
// prison's note), first scored at 0.965 at de173d1 (sender 0.818).
// blind82: after a flood in Romagna (the civil-protection agency's circular on the CAS, Unioni's notes, ACER's scanned answer, a
// Comitato di Distretto's call, COC minutes, a determina, a notice, a printed PEC, an association's letter and its reply, an
// evacuation order, a bundle), first scored at 0.942 at de173d1 (docType 0.833, protocol 0.889).
// blind83: family caregivers in Puglia (the Region's sharing circular, an Ambito's notice and ranking, an association's letters,
// a citizen's scanned request and the Comune's reply, the UVM's call, the board's minutes, a printed PEC of INPS, a bundle),
// first scored at 0.930 at de173d1 (docType 0.750, sender 0.800).
// blind84: seasonal farm work in Basilicata (the Prefettura's council, the labour inspectorate, the Region's circular, a
// cabina di regia's minutes, a determina, an ordinance, a notice, a union's letter, a printed PEC, a scanned bundle, a farm
// cooperative), written while the session's fixes landed and first scored at 0.978 at 50be871.
// blind85: educational poverty in Tuscany (the Region's sharing note, a Società della Salute's notice, a Conferenza zonale's call
// and minutes, a school, a parish's scanned report, parents' complaint and its reply, a printed PEC, a bundle, a determina, a
// cooperative's reminder), first scored at 0.937 at 50be871 (docType 0.667, meetings 0.857, signatories 0.875).
// blind86: long-term care in the Vallo di Diano (the Region's FNA circular, an ASL district's UVI calendar, a consortium's
// assembly call and minutes, its notice and waiting list, a family's scanned appeal and its answer, a home-care cooperative,
// a printed PEC of INPS, a bundle, a complaint to the provider), first scored at 0.966 at 683b482.
// blind87: digital facilitation in the Marche (the Region's notice, a national department's circular, an Ambito table's call
// and minutes, a determina, an association's offer and its answer, a citizen's scan, a Comune drawn as outlines, a printed PEC,
// a bundle), first scored at 0.967 at 683b482 (deadlines 0.829, sender 0.800).
// blind88: school meals in Friuli (the Region's circular on fee bands, a Comune's notice, reply and reminder, a school's note, a
// parents' committee, an Ambito's assembly call and minutes, a determina, a scan, a caterer's printed PEC, a bundle) and
// blind89: violence against older people in the Veneto (an ULSS protocol, a Prefettura's table, the Carabinieri, an assembly's
// call and minutes, a determina, a notice, a daughter's scanned complaint and a nursing home's answer, a printed PEC, a
// Region's sharing note, a bundle): written last, after the fresh reader's review, and first scored at 752b290 as the
// session's final estimate, 0.971 and 0.945 (protocol 0.875, sender 0.889). Kinds were then mended for them (a printed PEC's
// subject from an AULSS, a term told as it fell, a Carabinieri command and its numbering, a care home, a parents' committee):
// 0.974 and 0.979.
const repoRoot = new URL('../../', import.meta.url);

type Scored = ReturnType<typeof score>;

/** Extracts every PDF (and signed .pdf.p7m) of a labelled folder and scores the predictions with the shared scorer. */
async function scoreFolder(dir: string): Promise<Scored> {
  const predictions = mkdtempSync(join(tmpdir(), 'carteggio-pred-'));
  for (const file of readdirSync(dir).filter((f) => /\.pdf(\.p7m)?$/.test(f))) {
    const outcome = await readAndExtract(new Uint8Array(readFileSync(join(dir, file))), defaultReadLimits);
    if (outcome.ok) writeFileSync(join(predictions, file.replace(/\.pdf(\.p7m)?$/, '.json')), JSON.stringify(outcome.extraction.fields));
  }
  return score(loadDocs(dir, predictions));
}

/**
 * Floors per field, a little under what the extractor scores today, so that no single field can
 * collapse unseen while the overall mean still looks fine. Raise them when a field improves.
 */
const FLOORS: Record<string, { overall: number; fields: Record<string, number>; otherwise: number }> = {
  dev: { overall: 0.95, fields: {}, otherwise: 0.9 },
  letters: { overall: 0.95, fields: { docType: 0.9 }, otherwise: 0.9 },
  blind: {
    overall: 0.92,
    fields: { docType: 0.9, sender: 0.85, 'protocol.number': 0.85, deadlines: 0.9 },
    otherwise: 0.9,
  },
  // Measured 1.000 on every field: the margin is wide, and wider for docType, whose nota/lettera/circolare
  // choices the set's own README calls the most debatable.
  blind2: {
    overall: 0.95,
    fields: { docType: 0.85 },
    otherwise: 0.9,
  },
  // Measured 0.988 after its kinds were fixed (every field 1.000 but docType 0.938, sender 0.938, deadlines 0.973,
  // emails 0.983): a Region's note to many Comuni called a circular, and a proper name above the kind of body
  // ("COMUNI INSIEME" / "AZIENDA SPECIALE …") are its open points.
  blind3: {
    overall: 0.95,
    fields: { docType: 0.85, sender: 0.85 },
    otherwise: 0.9,
  },
  // Measured 0.982 after its kinds were fixed; docType 0.857 (nota or lettera between offices: the set's README
  // says its own labels are not consistent there), sender 0.929, signatories 0.971 are below 1 (amounts 1.000 since a row read as one cell gives its amount).
  blind4: {
    overall: 0.95,
    fields: { docType: 0.8, sender: 0.85, signatories: 0.85 },
    otherwise: 0.9,
  },
  // Measured 0.979 after its kinds were fixed; docType, sender, documentDate 0.917 (a school's letter called a
  // note, an order's name drawn as outlines above its council's, an act dated by its visa as LABELS.md reads).
  blind5: {
    overall: 0.95,
    fields: { docType: 0.8, sender: 0.8, documentDate: 0.8 },
    otherwise: 0.9,
  },
  // Measured 0.990 after its kinds were fixed (an ordinance's addressees after "DISPONE … trasmessa:", OCR'd addresses
  // repaired, fifth session): sender 0.923 (an acronym after the name).
  blind6: { overall: 0.95, fields: {}, otherwise: 0.9 },
  // Measured 0.968: sender 0.880 (a letterhead drawn as outlines under a printed organ, a scanned letter), protocol.date 0.909.
  blind7: { overall: 0.95, fields: { sender: 0.8 }, otherwise: 0.9 },
  // Measured 0.994: amounts 0.950 (a column of figures in a wrapped table), deadlines 0.963.
  blind8: { overall: 0.95, fields: {}, otherwise: 0.9 },
  // Measured 0.940: docType 0.692 (lettera or nota between offices: no rule in LABELS.md), meetings 0.889, sender
  // 0.870, signatories 0.895, amounts 0.909 (figures inside mixed census cells).
  blind9: { overall: 0.9, fields: { docType: 0.6, sender: 0.8, meetings: 0.8, signatories: 0.85, amounts: 0.85 }, otherwise: 0.9 },
  // Measured 0.967: docType 0.750 (nota, lettera or circolare: the set's README calls them judgement calls).
  blind10: { overall: 0.95, fields: { docType: 0.7 }, otherwise: 0.9 },
  // Measured 0.959 as written; 0.988 after its kinds were fixed: emails 0.875 (OCR misreadings on scanned pages).
  blind11: { overall: 0.95, fields: { emails: 0.8 }, otherwise: 0.88 },
  // Measured 0.973 as written; 0.992 after: meetings 0.923 and emails 0.958 (a scanned forwarded note, OCR).
  blind12: { overall: 0.95, fields: {}, otherwise: 0.88 },
  // Measured 0.925 as written; 0.983 after: docType and sender 0.917 (a tribunal's letter summoning to a hearing,
  // an azienda speciale's name split across its letterhead).
  blind13: { overall: 0.95, fields: {}, otherwise: 0.88 },
  // Measured 0.952 as written: signatories 0.878, documentDate 0.909 (a scanned opinion, a header-only date).
  blind14: { overall: 0.93, fields: { signatories: 0.82 }, otherwise: 0.85 },
  // Measured 0.884 as written; 0.967 after: docType 0.667 (lettera or nota between offices, judgement calls of its
  // README; an Ufficio Scolastico Regionale's sender, which three other sets label as its Ministry).
  blind15: { overall: 0.94, fields: { docType: 0.6, sender: 0.85 }, otherwise: 0.9 },
  // Measured 0.913 as written; 0.991 after: deadlines 0.947, signatories 0.920 (an OCR'd collegio's names).
  blind16: { overall: 0.95, fields: { signatories: 0.85 }, otherwise: 0.9 },
  // Measured 0.969 as written; 0.980 after: docType 0.750 (lettera or nota between offices, circolare or nota of a
  // Region to its Ambiti), amounts 0.975 (figures of tables drawn cell by cell).
  blind17: { overall: 0.95, fields: { docType: 0.65 }, otherwise: 0.9 },
  // Measured 0.969 as written; after: recipients 0.889 and emails 0.909 (one scanned purchase letter read by OCR).
  blind18: { overall: 0.95, fields: { recipients: 0.8, emails: 0.85 }, otherwise: 0.9 },
  // Measured 0.949 as written; 0.970 after: docType 0.800 (a Comune's note to its Ambito and a Region's to its Ambiti,
  // labelled "nota", read as a letter and a circular), cc 0.875 and emails 0.930 (one scanned letter read by OCR).
  blind19: { overall: 0.94, fields: { docType: 0.7, cc: 0.8, emails: 0.85 }, otherwise: 0.9 },
  // Measured 0.946 as written; 0.987 after: docType 0.900 (a Comune's note to its Ambito, "nota" or "lettera"),
  // deadlines 0.923 (an ordinance's "sino alle ore 24:00 del …", a period the set's labels do not count).
  blind20: { overall: 0.95, fields: { docType: 0.8, deadlines: 0.85 }, otherwise: 0.9 },
  // Measured 0.881 as written; 0.985 after: signatories 0.865 and emails 0.919 (a collegio's scanned opinion read by OCR).
  blind21: { overall: 0.95, fields: { signatories: 0.8, emails: 0.85 }, otherwise: 0.9 },
  // Measured 0.969 as written (after the session's review), 0.988 after: docType 0.917 (a Comune's note to its Ambito,
  // "nota" or "lettera"), deadlines 0.966 and emails and legal references below 1 on its scanned letter (OCR).
  blind22: { overall: 0.95, fields: { docType: 0.8, emails: 0.85 }, otherwise: 0.9 },
  // Measured 0.940 as written (the session's final estimate), 0.982 after: emails 0.889 and signatories below 1 (a scanned
  // order read by OCR), legal references 0.969 (a law's citation broken by a page's running header, one wrapped in a cell).
  blind23: { overall: 0.95, fields: { emails: 0.8, signatories: 0.85 }, otherwise: 0.9 },
  // Measured 0.946 as written (the session's final estimate), 0.983 after: deadlines 0.889 (a consortium's own acts
  // "entro il …"), signatories 0.895 (opinions signed inline in a sentence, an OCR'd surname).
  blind24: { overall: 0.95, fields: { deadlines: 0.85, signatories: 0.85 }, otherwise: 0.9 },
  // Measured 0.901 as written, 0.995 after (one amount of a scanned quote).
  blind25: { overall: 0.95, fields: {}, otherwise: 0.9 },
  // Measured 0.957 as written, 0.977 after: docType 0.917 (a Region's note to the Ambiti's coordinators, "nota" or
  // "circolare"), sender 0.917, signatories 0.889 (an attendance table's roles, a double title above one name).
  blind26: { overall: 0.95, fields: { docType: 0.85, sender: 0.85, signatories: 0.8 }, otherwise: 0.9 },
  // Measured 0.942 as written (the session's final estimate), 0.947 after (its place-and-date line from the town hall): a scanned order read by OCR (subject, cc,
  // e-mails, amounts), names above their roles in a certificate, an act's opinions in table cells.
  blind27: { overall: 0.9, fields: { documentDate: 0.8, subject: 0.85, emails: 0.85, signatories: 0.75, amounts: 0.85 }, otherwise: 0.9 },
  // Measured 0.919 as written, 0.981 after: docType 0.917 (an intesa labelled a deliberation), the scanned INPS letter
  // read by OCR (sender, a wrapped addressee, its signer).
  blind28: { overall: 0.95, fields: { docType: 0.85, sender: 0.85, signatories: 0.85, recipients: 0.85, cc: 0.85 }, otherwise: 0.9 },
  // Measured 0.970 as written, 0.991 after: docType 0.917 (a convention that convenes its first session).
  blind29: { overall: 0.95, fields: { docType: 0.85 }, otherwise: 0.9 },
  // Measured 0.941 as written, 0.983 after: emails 0.895 and amounts on the two scans read by OCR.
  blind30: { overall: 0.95, fields: { emails: 0.85, amounts: 0.9 }, otherwise: 0.9 },
  // Measured 0.960 as written, 0.982 after: sender 0.917 and cc 0.952 (a scan read by OCR), deadlines 0.909 (the Region's
  // validation "dei POA pervenuti entro", read as the Ambiti's term; the scan's two terms).
  blind31: { overall: 0.95, fields: { sender: 0.85, deadlines: 0.85 }, otherwise: 0.9 },
  // Measured 0.917 as written, 0.986 after: docType 0.917 (a filled POA form read as a plan), signatories 0.933 (a scan's name).
  blind32: { overall: 0.95, fields: { docType: 0.85 }, otherwise: 0.9 },
  // Measured 0.891 as written, 0.994 after: docType 0.917 (a Region's note to the Ambiti read as a circular).
  blind33: { overall: 0.95, fields: { docType: 0.85 }, otherwise: 0.9 },
  // Measured 0.951 as written, 0.994 after: docType 0.917 (a school's request to the Ambito read as a letter).
  blind34: { overall: 0.95, fields: { docType: 0.85 }, otherwise: 0.9 },
  // Measured 0.958 as written, 0.971 after: deadlines 0.875 (a term of the Province's office with a duty of the reader after
  // it; a Comune's own term in its resolution; a term the Region set for the writer, told), cc 0.947 and signatories 0.933.
  blind35: { overall: 0.95, fields: { deadlines: 0.8 }, otherwise: 0.9 },
  // Measured 0.923 as written, 0.968 after: docType 0.750 (cover notes of Ambiti to the Region read as letters).
  blind36: { overall: 0.95, fields: { docType: 0.7 }, otherwise: 0.9 },
  // Measured 0.955 as written, 0.996 after: legalReferences 0.991 and emails 0.971 (a scan read by OCR), amounts 0.982.
  blind37: { overall: 0.95, fields: {}, otherwise: 0.9 },
  // Measured 0.942 as written, 0.979 after: docType 0.833 (a consortium's and a scanned Comune's notes to one body read as
  // letters), protocol.date 0.909 (a date printed flush right on the line under the number), cc 0.973 (a scan).
  blind38: { overall: 0.95, fields: { docType: 0.75 }, otherwise: 0.9 },
  // Measured 0.971 as written, 0.976 after: docType 0.833 (a scanned order read as a note, an information notice as a circular),
  // meetings 0.889 (a talk offered to a parent). Amounts 1.000 after: the floor keeps the board item's table (its heading's
  // cell wrapped, "Superficie esterna" / "(mq)") and the quote broken by the page ("Pos." over numbered, wrapped rows).
  blind39: { overall: 0.95, fields: { docType: 0.75, meetings: 0.85, amounts: 0.97 }, otherwise: 0.9 },
  // Measured 0.934 as written, 0.970 after: docType 0.917 (a Region's request for data to the Ambiti read as a circular), sender
  // 0.917 (a Conferenza zonale's name wrapped over two lines), protocol 0.933 (a FreeText stamp under the receiver's).
  blind40: { overall: 0.95, fields: { docType: 0.85, sender: 0.85 }, otherwise: 0.9 },
  // Measured 0.979 as written: emails 0.904, signatories 0.917, cc 0.889.
  blind41: { overall: 0.95, fields: { cc: 0.85 }, otherwise: 0.9 },
  // Measured 0.878 as written.
  blind42: { overall: 0.85, fields: { docType: 0.7, sender: 0.75, 'protocol.number': 0.5, 'protocol.date': 0.7, meetings: 0.85, signatories: 0.8 }, otherwise: 0.85 },
  // Measured 0.929 as written.
  blind43: { overall: 0.9, fields: { sender: 0.6, meetings: 0.75, docType: 0.8, recipients: 0.85 }, otherwise: 0.85 },
  // Measured 0.944 as written.
  blind44: { overall: 0.9, fields: { sender: 0.65, cc: 0.8, meetings: 0.8, signatories: 0.8 }, otherwise: 0.85 },
  // Measured 0.866 as written.
  blind45: { overall: 0.82, fields: { sender: 0.45, documentDate: 0.7, cc: 0.7, meetings: 0.75, recipients: 0.8, 'protocol.date': 0.8, docType: 0.75, signatories: 0.8 }, otherwise: 0.85 },
  // Measured 0.961 as written.
  blind46: { overall: 0.92, fields: { docType: 0.6, subject: 0.85 }, otherwise: 0.9 },
  // Measured 0.975 as written.
  blind47: { overall: 0.93, fields: { signatories: 0.82 }, otherwise: 0.88 },
  // Measured 0.955 as written.
  blind48: { overall: 0.92, fields: { signatories: 0.8, subject: 0.85 }, otherwise: 0.85 },
  // Measured 0.913 as written.
  blind49: { overall: 0.88, fields: { docType: 0.4, sender: 0.8, documentDate: 0.8 }, otherwise: 0.85 },
  // Measured 0.944 as written.
  blind50: { overall: 0.9, fields: { sender: 0.7, docType: 0.8 }, otherwise: 0.85 },
  // Measured 0.978 as written.
  blind51: { overall: 0.93, fields: {}, otherwise: 0.88 },
  // Measured 0.929 as written.
  blind52: { overall: 0.9, fields: { sender: 0.7, meetings: 0.75, signatories: 0.8 }, otherwise: 0.85 },
  // Measured 0.844 as written.
  blind53: { overall: 0.8, fields: { cc: 0, meetings: 0.45, recipients: 0.7, docType: 0.8 }, otherwise: 0.85 },
  // Measured 0.952 as written.
  blind54: { overall: 0.92, fields: { docType: 0.7, meetings: 0.75 }, otherwise: 0.85 },
  // Measured 0.896 as written.
  blind55: { overall: 0.85, fields: { sender: 0.6, signatories: 0.55, 'protocol.number': 0.85, 'protocol.date': 0.85, documentDate: 0.8, meetings: 0.8 }, otherwise: 0.85 },
  // Measured 0.919 as written.
  blind56: { overall: 0.88, fields: { docType: 0.6, sender: 0.75, signatories: 0.8, 'protocol.date': 0.8 }, otherwise: 0.85 },
  // Measured 0.936 as written.
  blind57: { overall: 0.9, fields: { meetings: 0.6, docType: 0.8, deadlines: 0.8 }, otherwise: 0.85 },
  // Measured 0.919 as written.
  blind58: { overall: 0.88, fields: { 'protocol.number': 0.8, 'protocol.date': 0.75, meetings: 0.75, sender: 0.8, signatories: 0.8 }, otherwise: 0.85 },
  // Measured 0.948 as written.
  blind59: { overall: 0.9, fields: { docType: 0.7, amounts: 0.85 }, otherwise: 0.85 },
  // Measured 0.945 as written.
  blind60: { overall: 0.9, fields: { docType: 0.8, meetings: 0.75 }, otherwise: 0.85 },
  // Measured 0.925 as written.
  blind61: { overall: 0.88, fields: { recipients: 0.6, cc: 0.8, meetings: 0.75 }, otherwise: 0.85 },
  // Measured 0.928 as written.
  blind62: { overall: 0.9, fields: { docType: 0.7, sender: 0.55, deadlines: 0.85 }, otherwise: 0.85 },
  // Measured 0.956 as written.
  blind63: { overall: 0.92, fields: { documentDate: 0.8, signatories: 0.85 }, otherwise: 0.85 },
  // Measured 0.953 as written.
  blind64: { overall: 0.92, fields: { meetings: 0.6 }, otherwise: 0.85 },
  // Measured 0.965 as written.
  blind65: { overall: 0.92, fields: { docType: 0.7 }, otherwise: 0.85 },
  // Measured 0.932 as written.
  blind66: { overall: 0.9, fields: { docType: 0.7, sender: 0.8, signatories: 0.8, deadlines: 0.8, meetings: 0.8 }, otherwise: 0.85 },
  // Measured 0.957 as written.
  blind67: { overall: 0.92, fields: { docType: 0.8, deadlines: 0.8 }, otherwise: 0.85 },
  // Measured 0.990 as written.
  blind68: { overall: 0.92, fields: { docType: 0.8 }, otherwise: 0.85 },
  // Measured 0.950 as written.
  blind69: { overall: 0.9, fields: { docType: 0.7, meetings: 0.75 }, otherwise: 0.85 },
  // Measured 0.861 as written (meetings 0.000), 0.928 after the session's fixes (meetings 0.857), 0.946 after the nineteenth's.
  blind70: { overall: 0.9, fields: { docType: 0.5, 'protocol.number': 0.6 }, otherwise: 0.85 },
  // Measured 0.925 as written, 0.962 after the nineteenth session (docType 0.750, signatories 0.870).
  blind71: { overall: 0.92, fields: { docType: 0.6, signatories: 0.8 }, otherwise: 0.85 },
  // Measured 0.952 as written (sender 0.818), 0.984 after.
  blind72: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.953 as written, 0.981 after.
  blind73: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.943 as written, 0.983 after (docType 0.833).
  blind74: { overall: 0.94, fields: { docType: 0.7 }, otherwise: 0.85 },
  // Measured 0.899 as written (protocol.number 0.714), 0.949 after (docType 0.667, sender 0.857, protocol 0.933).
  blind75: { overall: 0.9, fields: { docType: 0.55, sender: 0.8 }, otherwise: 0.85 },
  // Measured 0.945 as written (docType 0.750, signatories 0.865), 0.972 after the twentieth session (docType 0.833).
  blind76: { overall: 0.94, fields: { docType: 0.7 }, otherwise: 0.85 },
  // Measured 0.925 as written (meetings 0.444, deadlines 0.824), 0.940 after (meetings 0.500: a course's sessions).
  blind77: { overall: 0.9, fields: { meetings: 0.4 }, otherwise: 0.85 },
  // Measured 0.879 as written (docType 0.667, meetings 0.667, sender 0.800), 0.936 after (docType 0.833, sender 0.800).
  blind78: { overall: 0.9, fields: { docType: 0.7, sender: 0.7 }, otherwise: 0.85 },
  // Measured 0.956 as written (protocol.date 0.857), 0.983 after.
  blind79: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.948 as written (deadlines 0.824), 0.978 after the twenty-first session (sender 0.909, deadlines 0.933).
  blind80: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.965 as written (sender 0.818), 0.987 after.
  blind81: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.942 as written (docType 0.833), 0.985 after.
  blind82: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.930 as written (docType 0.750, sender 0.800), 0.990 after (docType 0.917).
  blind83: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.978 as written, 0.996 after.
  blind84: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.937 as written (docType 0.667, meetings 0.857, signatories 0.875), 0.980 after (signatories 0.875: parents
  // signing under one plural role).
  blind85: { overall: 0.94, fields: { signatories: 0.8 }, otherwise: 0.85 },
  // Measured 0.966 as written, 0.973 after (docType 0.833).
  blind86: { overall: 0.94, fields: { docType: 0.75 }, otherwise: 0.85 },
  // Measured 0.967 as written (deadlines 0.829, sender 0.800), 0.983 after (deadlines 0.850).
  blind87: { overall: 0.94, fields: { deadlines: 0.8 }, otherwise: 0.85 },
  // Measured 0.971 as written (docType 0.833, signatories 0.914), 0.974 after.
  blind88: { overall: 0.94, fields: { docType: 0.75 }, otherwise: 0.85 },
  // Measured 0.945 as written (protocol 0.875, sender 0.889, deadlines 0.909), 0.979 after.
  blind89: { overall: 0.94, fields: {}, otherwise: 0.85 },
  // Measured 0.974 overall, signatories 0.958, deadlines 1.000: the floors keep about one document's worth of margin.
  real: {
    overall: 0.92,
    fields: { sender: 0.7, 'protocol.number': 0.8, 'protocol.date': 0.8, subject: 0.8, deadlines: 0.9, signatories: 0.9, amounts: 0.85 },
    otherwise: 0.85,
  },
};

describe.each(EVAL_SETS.map((set) => [set.id, new URL(`${set.dir}/`, repoRoot).pathname] as const))('extraction quality on the %s set', (set, dir) => {
  let scored: Promise<Scored>;
  const once = () => (scored ??= scoreFolder(dir));
  const floors = FLOORS[set];
  if (!floors) throw new Error(`no floors for the ${set} set: add them to FLOORS`);

  it('scores every labelled document', async () => {
    const result = await once();
    expect(result.documents).toBe(readdirSync(dir).filter((f) => f.endsWith('.labels.json')).length);
  });

  it(`keeps the overall F1 at or above ${floors.overall}`, async () => {
    expect((await once()).overall).toBeGreaterThanOrEqual(floors.overall);
  });

  it.each(FIELDS.map((f: string) => [f]))('keeps %s at or above its floor', async (field: string) => {
    const result = await once();
    const f = result.fields[field];
    expect(f, `${field} is scored`).toBeDefined();
    expect(f.f1, `${field} F1 on the ${set} set`).toBeGreaterThanOrEqual(floors.fields[field] ?? floors.otherwise);
  });
});
