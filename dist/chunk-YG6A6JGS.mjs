import {
  DocumentFilter,
  DocumentRecord,
  KeyVersion,
  Receipt
} from "./chunk-PG7XFHJ6.mjs";
import "./chunk-45G62YNT.mjs";
import "./chunk-CBKE2XB5.mjs";
export {
  DocumentFilter,
  DocumentRecord,
  KeyVersion,
  Receipt
};
//# sourceMappingURL=chunk-YG6A6JGS.mjs.map
