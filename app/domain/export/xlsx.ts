import writeXlsxFile from 'write-excel-file/universal';
import { AppError } from '../../contract/errors';

export interface XlsxColumn {
  header: string;
  /** Approximate width in characters. */
  width?: number;
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  rows: (string | number)[][];
}

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const illegalInSheetName = /[[\]/\\:*?]/g;
const maxSheetName = 31;

/** Owner-given names (a campaign title, say) made acceptable to Excel and unique, ignoring case as it does. */
function sheetNames(sheets: readonly XlsxSheet[]): string[] {
  const taken = new Set<string>();
  return sheets.map((sheet, index) => {
    const base =
      sheet.name
        .replace(illegalInSheetName, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || `Sheet${index + 1}`;
    let name = base.slice(0, maxSheetName);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, maxSheetName - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

function cell(value: string | number): string | number {
  // A NaN or Infinity would make Excel call the file corrupt; as text it stays visible and harmless.
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

/** The one thing we need from the Blob the library returns; app/ has no DOM typings to name the type. */
interface ByteSource {
  arrayBuffer(): Promise<ArrayBuffer>;
}

function isByteSource(value: unknown): value is ByteSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    'arrayBuffer' in value &&
    typeof value.arrayBuffer === 'function'
  );
}

/**
 * An .xlsx workbook as bytes, for the host to save or share. Uses write-excel-file's universal build,
 * which runs wherever a global Blob exists (Node ≥ 18, both Electron processes, browsers); the Blob is
 * only read back into bytes here and never reaches callers. Strings stay text (phone numbers keep their
 * digits, "=…" is not a formula); numbers are numbers. Headers are bold and frozen.
 */
export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new AppError('INTERNAL', 'An .xlsx workbook needs at least one sheet');
  const names = sheetNames(sheets);
  const workbook = sheets.map((sheet, index) => ({
    sheet: names[index],
    columns: sheet.columns.map((column) => (column.width === undefined ? {} : { width: column.width })),
    stickyRowsCount: 1,
    data: [
      sheet.columns.map((column) => ({ value: column.header, fontWeight: 'bold' as const })),
      ...sheet.rows.map((row) => row.map(cell)),
    ],
  }));
  const blob: unknown = await writeXlsxFile(workbook).toBlob();
  if (!isByteSource(blob)) throw new AppError('INTERNAL', 'write-excel-file returned no readable file');
  return new Uint8Array(await blob.arrayBuffer());
}
