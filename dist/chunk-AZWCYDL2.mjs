// functions/http/caller.ts
import { z } from "zod";
var Role = z.enum(["ministero", "regione", "ambito"]);
function callerOf(event) {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (!claims) return null;
  const raw = claims["cognito:groups"];
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? raw.replace(/^\[|\]$/g, "").split(/[\s,]+/) : [];
  const roles = groups.filter((g) => Role.safeParse(g).success);
  return { user: String(claims["cognito:username"] ?? claims.sub ?? "sconosciuto"), roles, codiceIpa: claims["custom:codiceIpa"] ? String(claims["custom:codiceIpa"]) : null };
}

// functions/http/json-response.ts
function json(statusCode, body) {
  return { statusCode, headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify(body) };
}

export {
  callerOf,
  json
};
//# sourceMappingURL=chunk-AZWCYDL2.mjs.map
