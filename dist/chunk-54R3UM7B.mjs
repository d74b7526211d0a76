import {
  S3ObjectStore,
  awsClients
} from "./chunk-LOKZRF34.mjs";
import {
  DynamoDocumentStore
} from "./chunk-3NE2I7LX.mjs";
import {
  loadConfig
} from "./chunk-Z7E7XR3S.mjs";

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
import { z } from "zod";
var isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "data nel formato AAAA-MM-GG").refine((d) => !Number.isNaN(Date.parse(`${d}T12:00:00Z`)) && (/* @__PURE__ */ new Date(`${d}T12:00:00Z`)).toISOString().startsWith(d), "data inesistente nel calendario");
var time = z.string().regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, "ora nel formato HH:MM");
var clock = (t) => t.replace(".", ":").padStart(5, "0");
var text = (what) => z.string({ error: `${what}: testo obbligatorio` }).trim().min(1, `${what}: non pu\xF2 essere vuoto`);
var SenderProfile = z.object({
  ente: text("ente"),
  righeIntestazione: z.array(z.string()).default([]),
  ufficio: z.string().optional(),
  indirizzo: text("indirizzo"),
  pec: z.email("pec: indirizzo non valido"),
  email: z.email("email: indirizzo non valido").optional(),
  telefono: z.string().optional(),
  codiceIpa: text("codiceIpa").regex(/^[A-Za-z0-9_]+$/, "codiceIpa: solo lettere, cifre e _"),
  codiceAoo: text("codiceAoo"),
  /** A PNG or JPEG logo, as a path relative to the data file or a data: URL. */
  logo: z.string().optional()
});
var Addressee = z.object({
  nome: text("destinatario"),
  righe: z.array(z.string()).default([]),
  pec: z.email("pec del destinatario non valida").optional(),
  /** The addressee's IPA code, when it is an administration: the segnatura then names it as one. */
  codiceIpa: z.string().regex(/^[A-Za-z0-9_.-]+$/, "codiceIpa del destinatario: solo lettere, cifre, _ . -").optional()
});
var Signer = z.object({ ruolo: text("ruolo del firmatario"), nome: text("nome del firmatario"), titolo: z.string().optional() });
var LetterBase = z.object({
  mittente: SenderProfile,
  luogo: text("luogo"),
  data: isoDate.optional(),
  oggetto: text("oggetto"),
  destinatari: z.array(Addressee).min(1, "destinatari: almeno un destinatario"),
  perConoscenza: z.array(Addressee).default([]),
  riferimento: z.object({ protocollo: text("protocollo di riferimento"), data: isoDate, oggetto: z.string().optional() }).optional(),
  firmatari: z.array(Signer).min(1, "firmatari: almeno un firmatario"),
  allegati: z.array(z.string()).default([]),
  /** Where the letter is filed in the sender's filing plan (titolario): "Titolo VII.Classe 3". */
  classifica: z.object({ codice: text("codice di classifica"), denominazione: text("denominazione della classifica") }).optional()
});
var LetteraInput = LetterBase.extend({
  /** Plain text; a blank line separates paragraphs. */
  corpo: text("corpo")
});
var ConvocazioneInput = LetterBase.extend({
  premessa: z.string().optional(),
  scadenze: z.array(z.object({ data: isoDate, adempimento: text("adempimento") })).default([]),
  riunione: z.object({
    data: isoDate,
    ora: time,
    modalita: text("modalit\xE0"),
    link: z.url("link non valido").optional(),
    secondaConvocazione: z.object({ data: isoDate, ora: time }).optional(),
    ordineDelGiorno: z.array(text("punto all\u2019ordine del giorno")).min(1, "ordine del giorno: almeno un punto")
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
var PoaAmbito = z.object({
  ambito: text("ambito"),
  abitanti: z.number().int().positive("abitanti: numero positivo"),
  assistentiSociali: z.number().nonnegative("assistenti sociali: numero non negativo"),
  gruppiSupervisione: z.number().int().positive().default(1),
  ore: z.object({
    gruppo: z.number().nonnegative(),
    individuale: z.number().nonnegative(),
    organizzativa: z.number().nonnegative()
  }),
  fonte: z.enum(["PNRR", "FNPS", "PNRR+FNPS"], { error: "fonte: PNRR, FNPS oppure PNRR+FNPS" })
});
var RiepilogoPoaInput = LetterBase.extend({
  anno: z.number().int().min(2021).max(2100),
  ambiti: z.array(PoaAmbito).min(1, "ambiti: almeno un Ambito"),
  note: z.string().optional()
});
var TEMPLATE_SCHEMAS = {
  lettera: LetteraInput,
  convocazione: ConvocazioneInput,
  sollecito: SollecitoInput,
  "riepilogo-poa": RiepilogoPoaInput
};
var TemplateName = z.enum(Object.keys(TEMPLATE_SCHEMAS));

// shared/storage/dynamo-letter-store.ts
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";

// shared/records/letter-record.ts
import { z as z2 } from "zod";
var ObjectRef = z2.object({ bucket: z2.string(), key: z2.string() });
var LetterRecord = z2.object({
  id: z2.string(),
  template: TemplateName,
  /** SHA-256 of the validated input: the same request twice is recognisable. */
  inputHash: z2.string().regex(/^[0-9a-f]{64}$/),
  protocol: z2.object({ codiceIpa: z2.string(), codiceAoo: z2.string(), numero: z2.string().regex(/^\d{7}$/), data: z2.string(), anno: z2.number().int() }),
  oggetto: z2.string(),
  destinatari: z2.array(z2.object({ nome: z2.string(), pec: z2.string().nullable() })),
  fromDocumentId: z2.string().nullable(),
  outputs: z2.object({ pdf: ObjectRef, eml: ObjectRef, segnatura: ObjectRef }),
  pdfSha256: z2.string(),
  pages: z2.number().int().positive(),
  emlBytes: z2.number().int().positive(),
  warnings: z2.array(z2.string()),
  createdAt: z2.string().datetime()
});

// shared/records/annulled-registration.ts
import { z as z3 } from "zod";
var AnnulledRegistration = z3.object({
  id: z3.string(),
  template: TemplateName,
  protocol: z3.object({ codiceIpa: z3.string(), numero: z3.string().regex(/^\d{7}$/), data: z3.string(), anno: z3.number().int() }),
  oggetto: z3.string(),
  motivo: z3.string(),
  annullataIl: z3.string().datetime()
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
//# sourceMappingURL=chunk-54R3UM7B.mjs.map
