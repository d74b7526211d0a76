import { parseArgs } from 'node:util';
import type { DocumentFilter } from '../shared/records/document-record.ts';

// Each command's modules (pdfjs, the AWS SDK, the emulators, the renderer…) are imported only when
// that command runs: `carteggio --help` and `carteggio extract` load nothing they do not use.

const USAGE = `Carteggio – archivio e lettere della pubblica amministrazione

Uso:
  carteggio start                         avvia lo stack locale (S3 e DynamoDB emulati) e resta in ascolto
  carteggio ingest <file o cartelle…>     carica i PDF nel bucket in arrivo e attende l'acquisizione
  carteggio show <id>                     mostra un documento: campi, provenienza, ricevute
  carteggio list [--status S] [--type T] [--sender M] [--text Q] [--limit N]
  carteggio extract <file…>               legge ed estrae i campi senza archiviare
  carteggio reconcile                     acquisisce i file della casella in arrivo rimasti senza documento (dopo un arresto)
  carteggio reprocess <id…> | --code C | --older | --all
                                          rilegge gli originali archiviati con il lettore attuale
  carteggio campaign create|list|import|forms|links|status|export|remind|close|reopen …
                                          raccolte di documenti dagli enti (vedi «carteggio campaign»)
  carteggio pec pull --host H --user U [--port P]  copia i messaggi non letti di una casella PEC (IMAP) nella casella in arrivo
                                          (password in CARTEGGIO_IMAP_PASSWORD)
  carteggio register check <codice IPA> [--anno A]
                                          verifica il registro di protocollo: ogni numero è una lettera, un documento in entrata o un annullamento
  carteggio eval [--dir D | --all] [--scans] [--verbose]
                                          misura l'estrazione sul set etichettato (--scans: anche su copie scansionate;
                                          --all: tutti i set, uno dopo l'altro)
  carteggio generate <modello> --data dati.json [--from-document <id>] [--out DIR] [--csv righe.csv] [--profile profilo.json]
                                          genera lettere protocollate (PDF/A, .eml PEC, segnatura.xml);
                                          modelli: convocazione, lettera, sollecito, riepilogo-poa

Opzioni comuni: --json (output per script, un oggetto JSON per riga), --help
Configurazione: variabili d'ambiente CARTEGGIO_* (vedi README).`;

export async function main(argv: string[]): Promise<number> {
  const [first, ...others] = argv;
  // "carteggio --help" asks for help, like "carteggio help".
  const [command, rest] = first?.startsWith('-') ? ['help', others] : [first, others];
  let parsed;
  try {
    parsed = parseCliArgs(rest);
  } catch (err) {
    // Node's own wording is English: say which option is wrong, in Italian.
    const option = /'([^']+)'/.exec((err as Error).message)?.[1] ?? '';
    console.error(`Opzione non valida: ${option}. Le opzioni di ogni comando sono elencate da «carteggio help».`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (!command || values.help || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command) {
    case 'start':
      return (await import('./commands/start-command.ts')).startCommand();
    case 'ingest':
      return (await import('./commands/ingest-command.ts')).ingestCommand(positionals, values.json);
    case 'show':
      return (await import('./commands/show-command.ts')).showCommand(positionals[0], values.json);
    case 'list': {
      const filter = await listFilter(values);
      if (typeof filter === 'string') {
        console.error(filter);
        return 1;
      }
      return (await import('./commands/list-command.ts')).listCommand(filter, values.json);
    }
    case 'extract':
      if (!positionals.length) {
        console.error('Uso: carteggio extract <file o cartelle…> [--json]');
        return 1;
      }
      return (await import('./commands/extract-command.ts')).extractCommand(positionals, values.json);
    case 'generate':
      return (await import('./commands/generate-command.ts')).generateCommand(positionals[0], {
        data: values.data,
        fromDocument: values['from-document'],
        out: values.out,
        csv: values.csv,
        profile: values.profile,
        json: values.json,
      });
    case 'reconcile':
      return (await import('./commands/reconcile-command.ts')).reconcileCommand(values.json);
    case 'reprocess':
      return (await import('./commands/reprocess-command.ts')).reprocessCommand({ ids: positionals, rejectionCode: values.code, olderReader: values.older, all: values.all }, values.json);
    case 'campaign':
      return (await import('./commands/campaign-command.ts')).campaignCommand(positionals[0], positionals.slice(1), {
        title: values.title,
        form: values.form,
        deadline: values.deadline,
        issuerIpa: values['issuer-ipa'],
        issuerName: values['issuer-name'],
        baseUrl: values['base-url'],
        format: values.format,
        out: values.out,
        data: values.data,
        json: values.json,
      });
    case 'pec':
      return (await import('./commands/pec-command.ts')).pecCommand(positionals[0], { host: values.host, port: values.port, user: values.user, insecure: values.insecure, json: values.json });
    case 'register':
      return (await import('./commands/register-command.ts')).registerCommand(positionals[0], positionals[1], values.anno, values.json);
    case 'eval':
      if (values.all) return (await import('./commands/eval-command.ts')).evalAllSets(values.verbose);
      return (await import('./commands/eval-command.ts')).evalCommand(values.dir ?? '../shared/eval/dev', values.verbose, values.scans);
    default:
      console.error(`Comando sconosciuto: ${command}\n\n${USAGE}`);
      return 1;
  }
}

function parseCliArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      status: { type: 'string' },
      type: { type: 'string' },
      sender: { type: 'string' },
      text: { type: 'string' },
      limit: { type: 'string' },
      dir: { type: 'string' },
      scans: { type: 'boolean', default: false },
      data: { type: 'string' },
      'from-document': { type: 'string' },
      out: { type: 'string' },
      csv: { type: 'string' },
      profile: { type: 'string' },
      code: { type: 'string' },
      older: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      anno: { type: 'string' },
      title: { type: 'string' },
      form: { type: 'string' },
      deadline: { type: 'string' },
      'issuer-ipa': { type: 'string' },
      'issuer-name': { type: 'string' },
      'base-url': { type: 'string' },
      format: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      user: { type: 'string' },
      insecure: { type: 'boolean', default: false },
    },
  });
}

/** The list filters from the options, or what is wrong with them, in Italian. */
async function listFilter(values: ReturnType<typeof parseCliArgs>['values']): Promise<DocumentFilter | string> {
  const { DocumentFilter } = await import('../shared/records/document-record.ts');
  const filter = DocumentFilter.safeParse({ status: values.status, docType: values.type, sender: values.sender, text: values.text, limit: values.limit });
  if (filter.success) return filter.data;
  return filter.error.issues.map((i) => `--${i.path[0] === 'docType' ? 'type' : String(i.path[0])}: ${i.message} (indicato: ${values[i.path[0] === 'docType' ? 'type' : (i.path[0] as 'status' | 'limit')]}).`).join('\n');
}
