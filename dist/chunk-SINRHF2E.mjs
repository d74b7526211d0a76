import {
  DocumentFilter,
  DocumentRecord,
  KeyVersion,
  Receipt
} from "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";
export {
  DocumentFilter,
  DocumentRecord,
  KeyVersion,
  Receipt
};
//# sourceMappingURL=chunk-SINRHF2E.mjs.map
