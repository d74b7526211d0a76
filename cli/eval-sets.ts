/**
 * Every labelled set, in the order they matter least to most unseen-like: each scored by `carteggio eval --all`
 * and kept above its per-field floors by test/extract/dev-set-quality.test.ts. `dir` is relative to the
 * repository's root (the labels of dev and real live beside it, in ../shared/eval).
 */
export const EVAL_SETS: readonly { id: string; name: string; dir: string }[] = [
  { id: 'dev', name: 'dev (i cinque documenti di partenza)', dir: '../shared/eval/dev' },
  { id: 'letters', name: 'lettere (40, scritte per le regole)', dir: 'test/fixtures/letters-eval' },
  { id: 'blind', name: 'alla cieca (14)', dir: 'test/fixtures/letters-blind' },
  { id: 'blind2', name: 'alla cieca 2 (16)', dir: 'test/fixtures/letters-blind-2' },
  { id: 'blind3', name: 'alla cieca 3 (16, con le condizioni della posta reale)', dir: 'test/fixtures/letters-blind-3' },
  { id: 'blind4', name: 'alla cieca 4 (14, enti e generi nuovi)', dir: 'test/fixtures/letters-blind-4' },
  { id: 'blind5', name: 'alla cieca 5 (12, posta dei servizi sociali)', dir: 'test/fixtures/letters-blind-5' },
  { id: 'blind6', name: "alla cieca 6 (13, atti come all'albo pretorio)", dir: 'test/fixtures/letters-blind-6' },
  { id: 'blind7', name: 'alla cieca 7 (13, posta della filiera sociale)', dir: 'test/fixtures/letters-blind-7' },
  { id: 'blind8', name: 'alla cieca 8 (13, come li scrivono i programmi)', dir: 'test/fixtures/letters-blind-8' },
  { id: 'blind9', name: 'alla cieca 9 (13, la Regione raccoglie dagli Ambiti)', dir: 'test/fixtures/letters-blind-9' },
  { id: 'blind10', name: 'alla cieca 10 (12, stima su posta mai vista)', dir: 'test/fixtures/letters-blind-10' },
  { id: 'blind11', name: 'alla cieca 11 (12, atti e posta dei generi dei reali)', dir: 'test/fixtures/letters-blind-11' },
  { id: 'blind12', name: 'alla cieca 12 (12, stima su posta mai vista dopo la quinta sessione)', dir: 'test/fixtures/letters-blind-12' },
  { id: 'blind13', name: 'alla cieca 13 (12, enti e generi meno visti)', dir: 'test/fixtures/letters-blind-13' },
  { id: 'blind14', name: 'alla cieca 14 (12, stima finale della quinta sessione)', dir: 'test/fixtures/letters-blind-14' },
  { id: 'blind15', name: 'alla cieca 15 (12, note tra uffici ed enti poco visti)', dir: 'test/fixtures/letters-blind-15' },
  { id: 'blind16', name: 'alla cieca 16 (12, i generi dei reali scritti in altro modo)', dir: 'test/fixtures/letters-blind-16' },
  { id: 'blind17', name: 'alla cieca 17 (12, posta quotidiana della filiera, stima della sesta sessione)', dir: 'test/fixtures/letters-blind-17' },
  { id: 'blind18', name: 'alla cieca 18 (12, i generi dei reali, stima della sesta sessione)', dir: 'test/fixtures/letters-blind-18' },
  { id: 'blind19', name: 'alla cieca 19 (10, una settimana di posta, stima finale della sesta sessione)', dir: 'test/fixtures/letters-blind-19' },
  { id: 'blind20', name: "alla cieca 20 (10, atti e fogli dell'albo pretorio di piccoli Comuni)", dir: 'test/fixtures/letters-blind-20' },
  { id: 'blind21', name: 'alla cieca 21 (10, scuole, Province, università, Prefettura, revisori: i generi dei reali)', dir: 'test/fixtures/letters-blind-21' },
  { id: 'blind22', name: "alla cieca 22 (12, un mese di posta di una Regione e di un Ufficio di Piano, stima della settima sessione)", dir: 'test/fixtures/letters-blind-22' },
  { id: 'blind23', name: 'alla cieca 23 (12, altri file dei generi dei reali, stima della settima sessione)', dir: 'test/fixtures/letters-blind-23' },
  { id: 'blind24', name: 'alla cieca 24 (10, i generi dei reali dopo la terza revisione, stima finale della settima sessione)', dir: 'test/fixtures/letters-blind-24' },
  { id: 'blind25', name: 'alla cieca 25 (10, i generi dei reali in altre regioni, stima dell\'ottava sessione)', dir: 'test/fixtures/letters-blind-25' },
  { id: 'blind26', name: "alla cieca 26 (12, un mese di posta di una Regione e di un Ambito sul POA, stima dell'ottava sessione)", dir: 'test/fixtures/letters-blind-26' },
  { id: 'blind27', name: "alla cieca 27 (10, i generi dei reali dopo la revisione, stima finale dell'ottava sessione)", dir: 'test/fixtures/letters-blind-27' },
  { id: 'blind28', name: 'alla cieca 28 (12, la posta nazionale: Ministero, INPS, ANCI, Conferenze, Regioni e Ambiti)', dir: 'test/fixtures/letters-blind-28' },
  { id: 'blind29', name: 'alla cieca 29 (12, un autunno di un Comune capofila del Sud e delle Isole: firme e date in ogni impaginazione)', dir: 'test/fixtures/letters-blind-29' },
  { id: 'real', name: 'reali (16, così come pubblicati)', dir: '../shared/eval/real' },
];
