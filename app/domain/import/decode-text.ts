/**
 * WHATWG TextDecoder exists on every host app/ runs on (Node, Electron's processes, browsers), but app/
 * compiles without DOM or Node typings, so the part we use is named here.
 */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };

/**
 * Text exported by Chinese tools is UTF-8 (often with a BOM, which Excel needs) or, from older Windows
 * software and "CSV" saved by Excel on a Chinese Windows, GBK. GB18030 is a superset of GBK and GB2312.
 * Valid UTF-8 is tried first: GBK text almost never forms valid UTF-8, while the reverse is common.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD. The BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
