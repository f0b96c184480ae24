import { AppError } from '../contract/errors';

interface RxErrorLike {
  code: string;
  parameters?: {
    errors?: unknown;
    collection?: unknown;
    id?: unknown;
    writeError?: { validationErrors?: unknown };
  };
}

function isRxErrorLike(value: unknown): value is RxErrorLike {
  return (
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string'
  );
}

interface SchemaIssue {
  field: string;
  problem: string;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function schemaIssues(errors: unknown): SchemaIssue[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((raw: unknown) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const path = text(entry['instancePath']) || text(entry['path']) || text(entry['field']);
    const problem = text(entry['message']) || text(entry['code']) || 'invalid';
    return { field: path.replace(/^#?\//, '').replace(/\//g, '.'), problem };
  });
}

/**
 * RxDB without dev-mode throws bare codes (see rxdb/ERROR-MESSAGES.md). This maps the ones an owner can
 * cause to typed errors with a readable message; anything else becomes DB_FAILED with the code kept.
 */
export function toDbError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!isRxErrorLike(error)) return new AppError('DB_FAILED', String(error));
  switch (error.code) {
    case 'VD2': {
      const issues = schemaIssues(error.parameters?.writeError?.validationErrors ?? error.parameters?.errors);
      const summary = issues.map((issue) => `${issue.field || '(document)'}: ${issue.problem}`).join('; ');
      const collection =
        typeof error.parameters?.collection === 'string' ? `${error.parameters.collection} ` : '';
      return new AppError(
        'DB_VALIDATION',
        `The ${collection}record was not saved: ${summary || 'it does not match its schema'}`,
        { issues },
      );
    }
    case 'CONFLICT':
      return new AppError('DB_CONFLICT', 'The record was changed elsewhere; reload it and try again', {
        id: text(error.parameters?.id),
      });
    case 'COL23':
      return new AppError('DB_TOO_MANY_COLLECTIONS', 'Too many open collections for RxDB open core (13 max)');
    default:
      return new AppError('DB_FAILED', `Database error ${error.code}`, { rxCode: error.code });
  }
}
