/**
 * The slice of papaparse that app/ uses. Declared here instead of installing @types/papaparse because
 * those typings pull in `/// <reference types="node" />`, which would put Buffer, process and the other
 * Node globals into app/'s type-check and defeat the "no platform APIs" guarantee of runtime.d.ts.
 */
declare module 'papaparse' {
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }

  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }

  interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: string;
    quoteChar?: string;
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean | 'greedy';
  }

  const Papa: {
    parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  };
  export default Papa;
}
