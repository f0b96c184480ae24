import { AppError } from '../../../../../app/contract/errors';

/** The AppError a command or job fails with; anything else (success included) fails the test. */
export async function rejection(work: () => unknown): Promise<AppError> {
  const error: unknown = await Promise.resolve()
    .then(work)
    .then(
      () => null,
      (reason: unknown) => reason,
    );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
