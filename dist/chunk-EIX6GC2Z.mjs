import {
  extractCommand,
  extractFiles
} from "./chunk-EMMPSK3N.mjs";
import "./chunk-XOBSEYEN.mjs";
import "./chunk-GZAF5JGN.mjs";
import "./chunk-FFGSP6IW.mjs";
import "./chunk-GHDDRC22.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-QQRSKFDS.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";
export {
  extractCommand,
  extractFiles
};
//# sourceMappingURL=chunk-EIX6GC2Z.mjs.map
