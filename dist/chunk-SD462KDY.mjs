import {
  ingestDeps,
  resetIngestDeps
} from "./chunk-6ZXRZYEL.mjs";
import "./chunk-GHDDRC22.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-ESUQXGFM.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";
export {
  ingestDeps,
  resetIngestDeps
};
//# sourceMappingURL=chunk-SD462KDY.mjs.map
