// shared/read/reader-version.ts
var READER_VERSION = 2;

export {
  READER_VERSION
};
//# sourceMappingURL=chunk-WUC6FMH6.mjs.map
