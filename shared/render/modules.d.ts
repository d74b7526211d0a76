declare module 'hyphen/it/index.js' {
  const patterns: unknown;
  export default patterns;
}
