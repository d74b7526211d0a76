import {
  extractCommand,
  extractFiles
} from "./chunk-K5M3GUQQ.mjs";
import "./chunk-XOBSEYEN.mjs";
import "./chunk-GZAF5JGN.mjs";
import "./chunk-LZPNN5HQ.mjs";
import "./chunk-UUCJKSOG.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-J5GB6C54.mjs";
import "./chunk-Z7E7XR3S.mjs";
import "./chunk-CBKE2XB5.mjs";
export {
  extractCommand,
  extractFiles
};
//# sourceMappingURL=chunk-UZF3WHI7.mjs.map
