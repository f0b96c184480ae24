/**
 * Vite, and so Vitest, hands over a file's text for an import ending in `?raw`. Tests read their fixtures
 * this way because app/ may not use Node's file system.
 */
declare module '*?raw' {
  const text: string;
  export default text;
}
