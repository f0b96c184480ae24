import type { TFunction } from 'i18next';
import { isAppError } from '../../../app/contract';
import { toDbError } from '../../../app/db/db-errors';

/** The owner-facing sentence for any error: localized by code with its details, never a stack. */
export function errorMessage(t: TFunction, error: unknown): string {
  const typed = isAppError(error) ? error : toDbError(error);
  return t(`errors.${typed.code}`, { detail: typed.message, ...typed.details });
}
