declare module 'hyphen/it/index.js' {
  const patterns: unknown;
  export default patterns;
}

/** pako, pdf-lib's deflate: only the one function Carteggio replaces (see native-deflate.ts). */
declare module 'pako' {
  const pako: { deflate(data: Uint8Array, options?: unknown): Uint8Array };
  export default pako;
}
