import {
  S3ObjectStore,
  awsClients
} from "./chunk-LOKZRF34.mjs";
import {
  DynamoDocumentStore
} from "./chunk-ESUQXGFM.mjs";
import {
  loadConfig
} from "./chunk-3ZU32EMF.mjs";
import {
  external_exports
} from "./chunk-2FCZO4LF.mjs";

// shared/calendar/rome-date.ts
var romeCalendar = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" });
function romeDate(instant = /* @__PURE__ */ new Date()) {
  if (Number.isNaN(instant.getTime())) throw new RangeError("romeDate: istante non valido");
  const parts = romeCalendar.formatToParts(instant);
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
}
function addDays(date, days) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`addDays: data non nel formato AAAA-MM-GG: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days)).toISOString().slice(0, 10);
}

// shared/render/letter-schemas.ts
var isoDate = external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/, "data nel formato AAAA-MM-GG").refine((d) => !Number.isNaN(Date.parse(`${d}T12:00:00Z`)) && (/* @__PURE__ */ new Date(`${d}T12:00:00Z`)).toISOString().startsWith(d), "data inesistente nel calendario");
var time = external_exports.string().regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, "ora nel formato HH:MM");
var clock = (t) => t.replace(".", ":").padStart(5, "0");
var text = (what) => external_exports.string({ error: `${what}: testo obbligatorio` }).trim().min(1, `${what}: non pu\xF2 essere vuoto`);
var SenderProfile = external_exports.object({
  ente: text("ente"),
  righeIntestazione: external_exports.array(external_exports.string()).default([]),
  ufficio: external_exports.string().optional(),
  indirizzo: text("indirizzo"),
  pec: external_exports.email("pec: indirizzo non valido"),
  email: external_exports.email("email: indirizzo non valido").optional(),
  telefono: external_exports.string().optional(),
  codiceIpa: text("codiceIpa").regex(/^[A-Za-z0-9_]+$/, "codiceIpa: solo lettere, cifre e _"),
  codiceAoo: text("codiceAoo"),
  /** A PNG or JPEG logo, as a path relative to the data file or a data: URL. */
  logo: external_exports.string().optional()
});
var Addressee = external_exports.object({
  nome: text("destinatario"),
  righe: external_exports.array(external_exports.string()).default([]),
  pec: external_exports.email("pec del destinatario non valida").optional(),
  /** The addressee's IPA code, when it is an administration: the segnatura then names it as one. */
  codiceIpa: external_exports.string().regex(/^[A-Za-z0-9_.-]+$/, "codiceIpa del destinatario: solo lettere, cifre, _ . -").optional()
});
var Signer = external_exports.object({ ruolo: text("ruolo del firmatario"), nome: text("nome del firmatario"), titolo: external_exports.string().optional() });
var LetterBase = external_exports.object({
  mittente: SenderProfile,
  luogo: text("luogo"),
  data: isoDate.optional(),
  oggetto: text("oggetto"),
  destinatari: external_exports.array(Addressee).min(1, "destinatari: almeno un destinatario"),
  perConoscenza: external_exports.array(Addressee).default([]),
  riferimento: external_exports.object({ protocollo: text("protocollo di riferimento"), data: isoDate, oggetto: external_exports.string().optional() }).optional(),
  firmatari: external_exports.array(Signer).min(1, "firmatari: almeno un firmatario"),
  allegati: external_exports.array(external_exports.string()).default([]),
  /** Where the letter is filed in the sender's filing plan (titolario): "Titolo VII.Classe 3". */
  classifica: external_exports.object({ codice: text("codice di classifica"), denominazione: text("denominazione della classifica") }).optional()
});
var LetteraInput = LetterBase.extend({
  /** Plain text; a blank line separates paragraphs. */
  corpo: text("corpo")
});
var ConvocazioneInput = LetterBase.extend({
  premessa: external_exports.string().optional(),
  scadenze: external_exports.array(external_exports.object({ data: isoDate, adempimento: text("adempimento") })).default([]),
  riunione: external_exports.object({
    data: isoDate,
    ora: time,
    modalita: text("modalit\xE0"),
    link: external_exports.url("link non valido").optional(),
    secondaConvocazione: external_exports.object({ data: isoDate, ora: time }).optional(),
    ordineDelGiorno: external_exports.array(text("punto all\u2019ordine del giorno")).min(1, "ordine del giorno: almeno un punto")
  }).refine((r) => !r.secondaConvocazione || `${r.secondaConvocazione.data} ${clock(r.secondaConvocazione.ora)}` > `${r.data} ${clock(r.ora)}`, {
    message: "la seconda convocazione deve seguire la prima",
    path: ["secondaConvocazione"]
  })
});
var SollecitoInput = LetterBase.extend({
  adempimento: text("adempimento"),
  scadenzaOriginale: isoDate,
  nuovaScadenza: isoDate
}).refine((s) => s.nuovaScadenza > s.scadenzaOriginale, { message: "deve essere successiva alla scadenza originale", path: ["nuovaScadenza"] });
var PoaAmbito = external_exports.object({
  ambito: text("ambito"),
  abitanti: external_exports.number().int().positive("abitanti: numero positivo"),
  assistentiSociali: external_exports.number().nonnegative("assistenti sociali: numero non negativo"),
  gruppiSupervisione: external_exports.number().int().positive().default(1),
  ore: external_exports.object({
    gruppo: external_exports.number().nonnegative(),
    individuale: external_exports.number().nonnegative(),
    organizzativa: external_exports.number().nonnegative()
  }),
  fonte: external_exports.enum(["PNRR", "FNPS", "PNRR+FNPS"], { error: "fonte: PNRR, FNPS oppure PNRR+FNPS" })
});
var RiepilogoPoaInput = LetterBase.extend({
  anno: external_exports.number().int().min(2021).max(2100),
  ambiti: external_exports.array(PoaAmbito).min(1, "ambiti: almeno un Ambito"),
  note: external_exports.string().optional()
});
var TEMPLATE_SCHEMAS = {
  lettera: LetteraInput,
  convocazione: ConvocazioneInput,
  sollecito: SollecitoInput,
  "riepilogo-poa": RiepilogoPoaInput
};
var TemplateName = external_exports.enum(Object.keys(TEMPLATE_SCHEMAS));

// shared/storage/dynamo-letter-store.ts
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";

// shared/records/letter-record.ts
var ObjectRef = external_exports.object({ bucket: external_exports.string(), key: external_exports.string() });
var LetterRecord = external_exports.object({
  id: external_exports.string(),
  template: TemplateName,
  /** SHA-256 of the validated input: the same request twice is recognisable. */
  inputHash: external_exports.string().regex(/^[0-9a-f]{64}$/),
  protocol: external_exports.object({ codiceIpa: external_exports.string(), codiceAoo: external_exports.string(), numero: external_exports.string().regex(/^\d{7}$/), data: external_exports.string(), anno: external_exports.number().int() }),
  oggetto: external_exports.string(),
  destinatari: external_exports.array(external_exports.object({ nome: external_exports.string(), pec: external_exports.string().nullable() })),
  fromDocumentId: external_exports.string().nullable(),
  outputs: external_exports.object({ pdf: ObjectRef, eml: ObjectRef, segnatura: ObjectRef }),
  pdfSha256: external_exports.string(),
  pages: external_exports.number().int().positive(),
  emlBytes: external_exports.number().int().positive(),
  warnings: external_exports.array(external_exports.string()),
  createdAt: external_exports.string().datetime()
});

// shared/records/annulled-registration.ts
var AnnulledRegistration = external_exports.object({
  id: external_exports.string(),
  template: TemplateName,
  protocol: external_exports.object({ codiceIpa: external_exports.string(), numero: external_exports.string().regex(/^\d{7}$/), data: external_exports.string(), anno: external_exports.number().int() }),
  oggetto: external_exports.string(),
  motivo: external_exports.string(),
  annullataIl: external_exports.string().datetime()
});

// shared/storage/dynamo-letter-store.ts
var DynamoLetterStore = class {
  constructor(client, table) {
    this.table = table;
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }
  table;
  db;
  async putLetter(letter) {
    const record = LetterRecord.parse(letter);
    await this.putOnce(record.id, "LETTER", `${record.createdAt}#${record.id}`, record);
  }
  async getLetter(id) {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `LETTER#${id}`, sk: "LETTER" }, ConsistentRead: true }));
    return out.Item ? LetterRecord.parse(out.Item.record) : null;
  }
  async putAnnulled(entry) {
    const record = AnnulledRegistration.parse(entry);
    await this.putOnce(record.id, "ANNULLED", `${record.annullataIl}#${record.id}`, record);
  }
  async getAnnulled(id) {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `LETTER#${id}`, sk: "ANNULLED" }, ConsistentRead: true }));
    return out.Item ? AnnulledRegistration.parse(out.Item.record) : null;
  }
  /** A protocol number is written once: a second letter, or an annulment, can never take it again. */
  async putOnce(id, kind, listedAt, record) {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: `LETTER#${id}`, sk: kind, gsi1pk: kind, gsi1sk: listedAt, record },
        ConditionExpression: "attribute_not_exists(pk)"
      })
    );
  }
};

// shared/register/dynamo-protocol-register.ts
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient as DynamoDBDocumentClient2, UpdateCommand } from "@aws-sdk/lib-dynamodb";

// shared/register/protocol-register.ts
function registerYear(protocolDate) {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(protocolDate);
  if (!m) throw new RangeError(`Data di protocollo non nel formato AAAA-MM-GG: ${protocolDate}`);
  return Number(m[1]);
}
var MAX_PROTOCOL = 9999999;
function formatProtocol(n) {
  return String(n).padStart(7, "0");
}

// shared/register/dynamo-protocol-register.ts
var DynamoProtocolRegister = class {
  constructor(client, table) {
    this.table = table;
    this.db = DynamoDBDocumentClient2.from(client);
  }
  table;
  db;
  async next(codiceIpa, anno) {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `REG#${codiceIpa}#${anno}`, sk: "REG" },
          UpdateExpression: "ADD #last :one SET #ente = :ente, #anno = :anno",
          ConditionExpression: "attribute_not_exists(#last) OR #last < :max",
          ExpressionAttributeNames: { "#last": "last", "#ente": "codiceIpa", "#anno": "anno" },
          ExpressionAttributeValues: { ":one": 1, ":max": MAX_PROTOCOL, ":ente": codiceIpa, ":anno": anno },
          ReturnValues: "UPDATED_NEW"
        })
      );
      const progressivo = Number(out.Attributes?.last);
      return { numero: formatProtocol(progressivo), anno, progressivo };
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new Error(`Registro di protocollo ${codiceIpa} ${anno} esaurito (${MAX_PROTOCOL} numeri).`);
      throw err;
    }
  }
};

// shared/storage/dynamo-letter-request-store.ts
import { ConditionalCheckFailedException as ConditionalCheckFailedException2 } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, DynamoDBDocumentClient as DynamoDBDocumentClient3, GetCommand as GetCommand2, PutCommand as PutCommand2, UpdateCommand as UpdateCommand2 } from "@aws-sdk/lib-dynamodb";
var DynamoLetterRequestStore = class {
  constructor(client, table) {
    this.table = table;
    this.db = DynamoDBDocumentClient3.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }
  table;
  db;
  async claim(record, now) {
    try {
      await this.db.send(
        new PutCommand2({
          TableName: this.table,
          Item: { pk: pk(record.key), sk: SK, ...record },
          ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :nowSeconds OR (#status = :inProgress AND leaseUntil < :nowMs)",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":nowSeconds": Math.floor(now.getTime() / 1e3), ":nowMs": now.getTime(), ":inProgress": "in-progress" }
        })
      );
      return { claimed: true };
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException2)) throw err;
      return { claimed: false, existing: await this.get(record.key) };
    }
  }
  async complete(key, token, response) {
    try {
      await this.db.send(
        new UpdateCommand2({
          TableName: this.table,
          Key: { pk: pk(key), sk: SK },
          UpdateExpression: "SET #status = :completed, #response = :response",
          ConditionExpression: "#token = :token",
          ExpressionAttributeNames: { "#status": "status", "#response": "response", "#token": "token" },
          ExpressionAttributeValues: { ":completed": "completed", ":response": response, ":token": token }
        })
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException2) return false;
      throw err;
    }
  }
  async release(key, token) {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.table,
          Key: { pk: pk(key), sk: SK },
          ConditionExpression: "#token = :token",
          ExpressionAttributeNames: { "#token": "token" },
          ExpressionAttributeValues: { ":token": token }
        })
      );
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException2)) throw err;
    }
  }
  async get(key) {
    const out = await this.db.send(new GetCommand2({ TableName: this.table, Key: { pk: pk(key), sk: SK }, ConsistentRead: true }));
    if (!out.Item) return null;
    const { pk: _pk, sk: _sk, ...record } = out.Item;
    void _pk;
    void _sk;
    return { ...record, response: record.response ?? null };
  }
};
var SK = "LETTERREQ";
var pk = (key) => `LETTERREQ#${key}`;

// functions/generate/generate-deps.ts
var deps = null;
function generateDeps(tracer) {
  if (deps) return deps;
  const config = loadConfig();
  const clients = awsClients(config);
  tracer?.captureAWSv3Client(clients.s3);
  tracer?.captureAWSv3Client(clients.dynamo);
  deps = buildGenerateDeps(config, clients);
  return deps;
}
function buildGenerateDeps(config, { s3, dynamo }) {
  const objects = new S3ObjectStore(s3);
  return {
    objects,
    documents: new DynamoDocumentStore(dynamo, config.table),
    letters: new DynamoLetterStore(dynamo, config.table),
    register: new DynamoProtocolRegister(dynamo, config.table),
    requests: new DynamoLetterRequestStore(dynamo, config.table),
    outputsBucket: config.outputsBucket,
    // A logo named by key is read from the outputs bucket; data: URLs are decoded in place.
    loadLogo: async (ref) => {
      const m = /^data:image\/(png|jpe?g);base64,(.+)$/.exec(ref);
      if (m) return { bytes: new Uint8Array(Buffer.from(m[2], "base64")), type: m[1] === "png" ? "png" : "jpg" };
      const bytes = await objects.get(config.outputsBucket, ref);
      return { bytes, type: ref.toLowerCase().endsWith(".png") ? "png" : "jpg" };
    }
  };
}

export {
  romeDate,
  addDays,
  TEMPLATE_SCHEMAS,
  TemplateName,
  registerYear,
  generateDeps,
  buildGenerateDeps
};
//# sourceMappingURL=chunk-VTOYIYNU.mjs.map
