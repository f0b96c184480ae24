/**
 * The labelled comment logs reach the tests through Vite's `?raw` imports (the file's text), since app/
 * has no file system. Declared here too so this folder does not depend on another module's typings.
 */
declare module '*?raw' {
  const text: string;
  export default text;
}
