/** Figures print as `name value unit (note)`, one per line, so other tools can grep or parse them. */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface Target {
  name: string;
  value: number;
  limit: number;
  /** '<' for a strict bound (times), '<=' for an inclusive one (ratios), '>' for a floor (throughput). */
  bound: '<' | '<=' | '>';
  unit: string;
}

/** Three significant digits at most: more would suggest a precision the browser clock does not have. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size >= 100) return String(Math.round(value));
  if (size >= 10) return value.toFixed(1);
  if (size >= 1) return value.toFixed(2).replace(/0$/, '');
  return value.toFixed(2);
}

export function formatFigure(figure: Figure): string {
  const note = figure.note ? ` (${figure.note})` : '';
  return `${figure.name} ${formatNumber(figure.value)} ${figure.unit}${note}`;
}

export function formatTarget(target: Target): string {
  const pass =
    target.bound === '<'
      ? target.value < target.limit
      : target.bound === '>'
        ? target.value > target.limit
        : target.value <= target.limit;
  return `target ${target.name} ${target.bound} ${formatNumber(target.limit)} ${target.unit}: ${pass ? 'PASS' : 'FAIL'} (${formatNumber(target.value)})`;
}

export function ratio(rxdb: number, dexie: number): number {
  return dexie > 0 ? rxdb / dexie : Number.POSITIVE_INFINITY;
}
