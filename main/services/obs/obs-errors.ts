import { AppError } from '../../../app/contract/errors';

/** obs-websocket's close codes that mean "trying again will not help" (see its protocol.md). */
const authenticationFailed = 4009;
const versionCloseCodes = new Set([4010, 4011]);
/** obs-websocket-js reports a socket that never opened (nothing listening, DNS) as -1. */
const socketNeverOpened = -1;

export const minimumWebSocketVersion = [5, 0, 0] as const;

function codeOf(error: unknown): number | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : null;
}

/** Turns a failed connect (or a close) into the error the owner sees. */
export function connectError(error: unknown, address: string): AppError {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  if (code === authenticationFailed)
    return new AppError('OBS_AUTH_FAILED', 'OBS refused the password', { address, closeCode: code });
  if (code !== null && versionCloseCodes.has(code))
    return new AppError('OBS_VERSION_UNSUPPORTED', `obs-websocket refused the protocol: ${reason}`, {
      address,
      closeCode: code,
      minimum: minimumWebSocketVersion.join('.'),
    });
  return new AppError('OBS_NOT_RUNNING', `OBS did not answer at ${address}: ${reason}`, {
    address,
    closeCode: code ?? socketNeverOpened,
  });
}

export function isPermanent(error: AppError): boolean {
  return error.code === 'OBS_AUTH_FAILED' || error.code === 'OBS_VERSION_UNSUPPORTED';
}

/** True when `version` (such as "5.1.0") is at least the minimum obs-websocket this workbench speaks. */
export function isSupportedVersion(version: string): boolean {
  const parts = version.split('.').map((part) => Number.parseInt(part, 10));
  for (let index = 0; index < minimumWebSocketVersion.length; index += 1) {
    const have = parts[index] ?? 0;
    const need = minimumWebSocketVersion[index] ?? 0;
    if (Number.isNaN(have)) return false;
    if (have !== need) return have > need;
  }
  return true;
}

/** A refused request: OBS's status code travels in details so the renderer can tell "no such scene" apart. */
export function requestError(error: unknown, request: string): AppError {
  if (error instanceof AppError) return error;
  const status = codeOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError('OBS_REQUEST_FAILED', `${request}: ${reason}`, {
    request,
    status: status ?? 0,
    reason,
  });
}
