import {
  readAndExtract
} from "./chunk-VNDFHZH3.mjs";
import "./chunk-H7IXCBNB.mjs";
import "./chunk-WUC6FMH6.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-ZIEJ3R4I.mjs";
import "./chunk-M3DNIK25.mjs";
import "./chunk-QQRSKFDS.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";
export {
  readAndExtract
};
//# sourceMappingURL=chunk-SM3GLZDK.mjs.map
