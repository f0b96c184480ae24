/**
 * Shared JSON-schema fragments. Indexed fields need bounds in RxDB (maxLength for strings; minimum,
 * maximum and multipleOf for numbers), so they are spelled once here.
 */
export const idField = { type: 'string', maxLength: 64 } as const;
export const shortText = (maxLength = 120) => ({ type: 'string', maxLength }) as const;
export const epochMs = { type: 'number', minimum: 0, maximum: 8_640_000_000_000_000, multipleOf: 1 } as const;
export const fen = { type: 'integer', minimum: 0, maximum: 100_000_000_00 } as const;
export const count = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;
export const stringList = (maxLength = 60, maxItems = 200) =>
  ({ type: 'array', maxItems, items: { type: 'string', maxLength } }) as const;
