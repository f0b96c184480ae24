import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { AppError } from '../../contract/errors';
import { decodeText } from './decode-text';

/** A sheet as the owner sees it: the first row holds the headers; every cell is text. */
export interface Table {
  headers: string[];
  rows: string[][];
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

const textExtensions = ['.csv', '.tsv', '.txt'];
const zipSignature = [0x50, 0x4b, 0x03, 0x04];

function formatError(name: string, cause?: unknown): AppError {
  const reason = cause instanceof Error ? `: ${cause.message}` : '';
  return new AppError('IMPORT_INVALID', `Cannot read ${name} as CSV or .xlsx${reason}`, { reason: 'format' });
}

function isZip(bytes: Uint8Array): boolean {
  return zipSignature.every((byte, i) => bytes[i] === byte);
}

function toTable(grid: string[][]): Table {
  const [headers = [], ...rows] = grid;
  return { headers: headers.map((header) => header.trim()), rows };
}

function readCsv(bytes: Uint8Array): Table {
  // Empty lines are kept so that row numbers match what Excel shows; validation skips them. Parser
  // warnings (an unclosed quote, say) are not fatal: the rows they garble fail validation, row by row.
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: false });
  return toTable(parsed.data);
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  // Phone numbers typed into Excel become numbers; String() keeps all 11 digits (no exponent below 1e21).
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  // The universal build takes an ArrayBuffer (no Blob or File needed); copying gives one holding exactly
  // the file, whatever larger or shared buffer the caller's view sits on.
  const sheet: unknown[][] = await readSheet(new Uint8Array(bytes).buffer);
  return toTable(sheet.map((row) => row.map(cellText)));
}

/**
 * Reads an export from another group-buy tool. Only .xlsx and delimited text are understood; an old .xls,
 * a PDF or a damaged workbook is IMPORT_INVALID {reason: 'format'} so the owner is told to re-save it.
 */
export async function readTable(input: ImportFile): Promise<Table> {
  const name = input.name.toLowerCase();
  if (name.endsWith('.xlsx') || isZip(input.bytes)) {
    try {
      return await readXlsx(input.bytes);
    } catch (cause) {
      throw formatError(input.name, cause);
    }
  }
  if (textExtensions.some((extension) => name.endsWith(extension))) return readCsv(input.bytes);
  throw formatError(input.name);
}
