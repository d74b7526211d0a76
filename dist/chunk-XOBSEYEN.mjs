// cli/collect-files.ts
import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
function collectFiles(args) {
  const out = [];
  const skipped = { count: 0 };
  for (const arg of args) {
    const st = statSync(arg, { throwIfNoEntry: false });
    if (!st) throw new Error(`File o cartella non trovato: ${arg}`);
    if (st.isFile()) out.push({ path: arg, key: basename(arg) });
    else if (st.isDirectory()) walk(arg, arg, out, skipped);
  }
  return Object.assign(distinctKeys(out), { skipped: skipped.count });
}
function walk(root, dir, out, skipped) {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(root, path, out, skipped);
    else if (st.isFile() && !/\.(pdf|p7m)$/i.test(name)) skipped.count++;
    else if (st.isFile()) out.push({ path, key: join(basename(root), relative(root, path)).split("\\").join("/") });
  }
}
function distinctKeys(files) {
  const seen = /* @__PURE__ */ new Map();
  return files.map((f) => {
    const n = (seen.get(f.key) ?? 0) + 1;
    seen.set(f.key, n);
    if (n === 1) return f;
    const ext = extname(f.key);
    return { ...f, key: `${f.key.slice(0, f.key.length - ext.length)} (${n})${ext}` };
  });
}

export {
  collectFiles
};
//# sourceMappingURL=chunk-XOBSEYEN.mjs.map
