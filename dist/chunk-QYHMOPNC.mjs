import {
  DocumentFilter,
  DocumentRecord,
  KeyVersion,
  Receipt
} from "./chunk-VHOKKCOO.mjs";
import "./chunk-OO544RZY.mjs";
import "./chunk-CBKE2XB5.mjs";
export {
  DocumentFilter,
  DocumentRecord,
  KeyVersion,
  Receipt
};
//# sourceMappingURL=chunk-QYHMOPNC.mjs.map
