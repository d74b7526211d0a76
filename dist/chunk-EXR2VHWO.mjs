import {
  GenerateRequest,
  LetterInputError,
  generateLetter
} from "./chunk-SHEM34QB.mjs";
import "./chunk-ZIEJ3R4I.mjs";
import "./chunk-M3DNIK25.mjs";
import {
  callerOf,
  json
} from "./chunk-G55EN3HZ.mjs";
import {
  generateDeps
} from "./chunk-VTOYIYNU.mjs";
import "./chunk-QQRSKFDS.mjs";
import {
  powertools
} from "./chunk-HJDAX52B.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-ESUQXGFM.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

// shared/generate/letter-request-once.ts
import { createHash, randomUUID } from "node:crypto";
var LETTER_REQUEST_TTL_SECONDS = 24 * 60 * 60;
var LETTER_REQUEST_LEASE_SECONDS = 60;
function letterRequestIdentity(caller, request, idempotencyKey) {
  const fingerprint = sha256(canonicalJson(request));
  const key = idempotencyKey === void 0 ? sha256(`request\0${caller}\0${fingerprint}`) : sha256(`key\0${caller}\0${idempotencyKey}`);
  return { key, fingerprint };
}
function validIdempotencyKey(value) {
  return /^[\x21-\x7e]{1,255}$/.test(value);
}
async function answerOnce(store, identity, produce, opts = {}) {
  const clock = opts.now ?? (() => /* @__PURE__ */ new Date());
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = clock();
    const token = randomUUID();
    const claim = await store.claim(
      {
        key: identity.key,
        fingerprint: identity.fingerprint,
        status: "in-progress",
        token,
        leaseUntil: now.getTime() + LETTER_REQUEST_LEASE_SECONDS * 1e3,
        expiresAt: Math.floor(now.getTime() / 1e3) + LETTER_REQUEST_TTL_SECONDS,
        response: null,
        createdAt: now.toISOString()
      },
      now
    );
    if (claim.claimed) return { outcome: "answered", answer: await runClaimed(store, identity.key, token, produce, opts.log) };
    const existing = claim.existing;
    if (!existing) continue;
    if (existing.fingerprint !== identity.fingerprint) return { outcome: "key-reused" };
    if (existing.status === "completed" && existing.response) {
      return { outcome: "replayed", answer: { statusCode: existing.response.statusCode, body: JSON.parse(existing.response.body) }, firstAt: existing.createdAt };
    }
    return { outcome: "in-progress", retryAfterSeconds: Math.max(1, Math.ceil((existing.leaseUntil - now.getTime()) / 1e3)) };
  }
  throw new Error("La richiesta non ha potuto essere registrata: riprovare.");
}
async function runClaimed(store, key, token, produce, log) {
  let answer;
  try {
    answer = await produce();
  } catch (err) {
    await store.release(key, token).catch((e) => log?.warn("richiesta non rilasciata dopo un errore", { key, errore: e?.message ?? String(e) }));
    throw err;
  }
  if (answer.statusCode < 200 || answer.statusCode > 299) {
    await store.release(key, token).catch((e) => log?.warn("richiesta non rilasciata", { key, errore: e?.message ?? String(e) }));
    return answer;
  }
  const response = { statusCode: answer.statusCode, body: JSON.stringify(answer.body) };
  for (let attempt = 1; ; attempt++) {
    try {
      if (!await store.complete(key, token, response)) {
        log?.error("risposta della richiesta non memorizzata: un\u2019altra esecuzione ne ha preso il posto", { key });
      }
      return answer;
    } catch (err) {
      if (attempt >= 3) {
        log?.error("risposta della richiesta non memorizzata: una ripetizione entro il termine prenderebbe un nuovo numero", { key, errore: err?.message ?? String(err) });
        return answer;
      }
      await new Promise((ok) => setTimeout(ok, 100 * attempt));
    }
  }
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_k, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : v
  );
}

// functions/generate/handler.ts
import { MetricUnit } from "@aws-lambda-powertools/metrics";
var { logger, metrics, tracer } = powertools("carteggio-generate");
var handler = async (event) => {
  const caller = callerOf(event);
  if (!caller) return json(401, { errore: "Autenticazione richiesta." });
  if (!caller.roles.length) return json(403, { errore: "Utente senza ruolo: serve il gruppo ministero, regione o ambito." });
  let body;
  try {
    body = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body ?? "", "base64").toString("utf8") : event.body ?? "");
  } catch {
    return json(400, { errore: "Il corpo della richiesta non \xE8 JSON valido." });
  }
  const request = GenerateRequest.safeParse(body);
  if (!request.success) return json(400, { errore: "Richiesta non valida.", dettagli: request.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
  const ipa = request.data.data.mittente?.codiceIpa;
  if (ipa !== void 0 && !caller.roles.includes("ministero") && ipa !== caller.codiceIpa) return json(403, { errore: `Non si possono protocollare lettere per l\u2019ente ${ipa}.` });
  const idempotencyKey = header(event, "idempotency-key");
  if (idempotencyKey !== void 0 && !validIdempotencyKey(idempotencyKey)) {
    return json(400, { errore: "Idempotency-Key: da 1 a 255 caratteri ASCII visibili, senza spazi." });
  }
  const deps = { ...generateDeps(tracer), log: logger };
  const identity = letterRequestIdentity(caller.user, request.data, idempotencyKey);
  const once = await answerOnce(
    deps.requests,
    identity,
    async () => {
      try {
        const { record } = await generateLetter(request.data, deps);
        metrics.addMetric("LettereGenerate", MetricUnit.Count, 1);
        metrics.publishStoredMetrics();
        logger.info("lettera generata", { id: record.id, template: record.template, user: caller.user });
        return { statusCode: 201, body: record };
      } catch (err) {
        if (err instanceof LetterInputError) return { statusCode: 422, body: { errore: "Dati non validi: nessuna lettera generata.", dettagli: err.errors } };
        throw err;
      }
    },
    { log: logger }
  );
  switch (once.outcome) {
    case "answered":
      return json(once.answer.statusCode, once.answer.body);
    case "replayed":
      logger.info("richiesta ripetuta: stessa risposta, nessun nuovo numero", { user: caller.user, id: once.answer.body.id, primaRisposta: once.firstAt });
      return withHeaders(json(once.answer.statusCode, once.answer.body), { "idempotency-replayed": "true" });
    case "in-progress":
      return withHeaders(json(409, { errore: "La stessa richiesta \xE8 ancora in corso: ripeterla tra qualche secondo per averne la risposta." }), { "retry-after": String(once.retryAfterSeconds) });
    case "key-reused":
      return json(422, { errore: "Idempotency-Key gi\xE0 usata per una richiesta diversa: per una nuova lettera serve una nuova chiave." });
  }
};
function header(event, name) {
  const found = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name);
  return found?.[1];
}
function withHeaders(res, headers) {
  return { ...res, headers: { ...res.headers, ...headers } };
}
export {
  handler
};
//# sourceMappingURL=chunk-EXR2VHWO.mjs.map
