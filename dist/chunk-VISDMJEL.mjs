import {
  readAndExtract
} from "./chunk-OTEYHMP2.mjs";
import "./chunk-H7IXCBNB.mjs";
import "./chunk-WUC6FMH6.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-J5GB6C54.mjs";
import "./chunk-OO544RZY.mjs";
import "./chunk-CBKE2XB5.mjs";
export {
  readAndExtract
};
//# sourceMappingURL=chunk-VISDMJEL.mjs.map
