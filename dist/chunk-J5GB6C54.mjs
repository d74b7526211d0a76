// shared/extract/italian-dates.ts
var MONTHS = {
  gennaio: 1,
  febbraio: 2,
  marzo: 3,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  agosto: 8,
  settembre: 9,
  ottobre: 10,
  novembre: 11,
  dicembre: 12,
  gen: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  mag: 5,
  giu: 6,
  lug: 7,
  ago: 8,
  set: 9,
  sett: 9,
  ott: 10,
  nov: 11,
  dic: 12
};
var MONTH_NAMES = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre";
var WEEKDAYS = "(?:luned[i\xEC]|marted[i\xEC]|mercoled[i\xEC]|gioved[i\xEC]|venerd[i\xEC]|sabato|domenica)";
var DATE_SOURCE = `(?:${WEEKDAYS}\\s*,?\\s*)?(?:(?<nd>[0-3]?\\d)\\s*[/.\\-]\\s*(?<nm>[01]?\\d)\\s*[/.\\-]\\s*(?<ny>\\d{4}|\\d{2})(?!\\d)|(?<wd>[0-3]?\\d)\\s*(?:\xB0|\xBA|\\bo\\b)?\\s*(?<wm>${MONTH_NAMES})(?:\\s+(?<wy>\\d{4})(?!\\d))?(?<rel>\\s+(?:p\\.\\s?v\\.|prossimo|c\\.\\s?a\\.|u\\.\\s?s\\.|corrente\\s+anno|c\\.m\\.))?)`;
function dateRegex(flags = "gi") {
  return new RegExp(DATE_SOURCE, flags);
}
function isoDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function expandYear(y) {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 70 ? 1900 + n : 2e3 + n;
}
function dateOf(m, ctx) {
  const g = m.groups ?? {};
  let iso = null;
  let inferred = false;
  if (g.nd) {
    iso = isoDate(expandYear(g.ny), Number(g.nm), Number(g.nd));
  } else if (g.wd) {
    const month = MONTHS[g.wm.toLowerCase()];
    const day = Number(g.wd);
    if (g.wy) iso = isoDate(Number(g.wy), month, day);
    else {
      inferred = true;
      iso = inferYear(month, day, ctx, g.rel ?? "");
    }
  }
  return { iso, index: m.index, length: m[0].length, text: m[0], inferred };
}
function inferYear(month, day, ctx, rel) {
  if (!ctx.reference) return null;
  const ref = ctx.reference;
  const year = Number(ref.slice(0, 4));
  const same = isoDate(year, month, day);
  if (!same) return null;
  const r = rel.toLowerCase().replace(/\s+/g, "");
  if (/u\.s\./.test(r)) return same <= ref ? same : isoDate(year - 1, month, day);
  if (/p\.v\.|prossimo/.test(r)) return same >= ref ? same : isoDate(year + 1, month, day);
  const diff = (Date.parse(same) - Date.parse(ref)) / 864e5;
  if (diff < -183) return isoDate(year + 1, month, day);
  if (diff > 183) return isoDate(year - 1, month, day);
  return same;
}
function findDates(text, ctx) {
  const out = [];
  const re = dateRegex();
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(dateOf(m, ctx));
  return out;
}
function formatItalianDate(iso) {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export {
  DATE_SOURCE,
  dateRegex,
  isoDate,
  dateOf,
  findDates,
  formatItalianDate
};
//# sourceMappingURL=chunk-J5GB6C54.mjs.map
