// shared/read/errors.ts
var ReaderFault = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "ReaderFault";
  }
};

export {
  ReaderFault
};
//# sourceMappingURL=chunk-L45P3VEQ.mjs.map
