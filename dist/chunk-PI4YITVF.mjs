import {
  ingestDeps,
  resetIngestDeps
} from "./chunk-DJGLM733.mjs";
import "./chunk-HF4QTIFA.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-ZPRFXBUE.mjs";
import "./chunk-Z7E7XR3S.mjs";
import "./chunk-PG7XFHJ6.mjs";
import "./chunk-45G62YNT.mjs";
import "./chunk-CBKE2XB5.mjs";
export {
  ingestDeps,
  resetIngestDeps
};
//# sourceMappingURL=chunk-PI4YITVF.mjs.map
