import {
  ingestDeps,
  resetIngestDeps
} from "./chunk-OSV6MDRA.mjs";
import "./chunk-UUCJKSOG.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-3NE2I7LX.mjs";
import "./chunk-Z7E7XR3S.mjs";
import "./chunk-VHOKKCOO.mjs";
import "./chunk-OO544RZY.mjs";
import "./chunk-CBKE2XB5.mjs";
export {
  ingestDeps,
  resetIngestDeps
};
//# sourceMappingURL=chunk-JXC2DNNP.mjs.map
