import type { Logger } from '../../app/rpc/logger';

/** One JSON object per line on stderr, so logs stay greppable and never mix with the URL printed on stdout. */
export function createConsoleLogger(
  scope: string,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    write(`${JSON.stringify({ at: new Date().toISOString(), level, scope, message, ...fields })}\n`);
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
