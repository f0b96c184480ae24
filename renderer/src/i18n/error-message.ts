import type { TFunction } from 'i18next';
import { isAppError } from '../../../app/contract';
import { toDbError } from '../../../app/db/db-errors';

/**
 * The owner-facing sentence for any error: localized by code (and by `details.reason` or `details.field`
 * where a code has several causes, e.g. IMPORT_INVALID_columns), with the details filled in, never a stack.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  const typed = isAppError(error) ? error : toDbError(error);
  const details = typed.details ?? {};
  const cause = details['reason'] ?? details['field'];
  const reason = typeof cause === 'string' ? cause : '';
  const missing = Array.isArray(details['missing']) ? details['missing'].join('、') : '';
  const keys = reason ? [`errors.${typed.code}_${reason}`, `errors.${typed.code}`] : [`errors.${typed.code}`];
  return t(keys, { detail: typed.message, ...details, missing });
}
