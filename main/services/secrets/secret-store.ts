import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../../shared/json-file';

/**
 * Turns a secret into bytes at rest and back. Electron supplies one backed by the OS keychain (safeStorage);
 * the browser-mode host keeps secrets readable only by the owner's account (file mode 0600).
 */
export interface SecretCodec {
  readonly kind: 'os-keychain' | 'owner-only-file';
  encode(plain: string): string;
  decode(stored: string): string;
}

export const ownerOnlyFileCodec: SecretCodec = {
  kind: 'owner-only-file',
  encode: (plain) => Buffer.from(plain, 'utf8').toString('base64'),
  decode: (stored) => Buffer.from(stored, 'base64').toString('utf8'),
};

/** Passwords and keys that main needs and the renderer must never see (OBS password, stream key, API keys). */
export interface SecretStore {
  get(name: string): string | null;
  has(name: string): boolean;
  /** null removes the secret. */
  set(name: string, value: string | null): void;
}

const fileSchema = z.record(z.string(), z.string());

export function createSecretStore(dataDir: string, codec: SecretCodec = ownerOnlyFileCodec): SecretStore {
  const file = join(dataDir, 'secrets.json');
  let stored = readJsonFile(file, fileSchema, {});
  return {
    get: (name) => {
      const value = stored[name];
      return value === undefined ? null : codec.decode(value);
    },
    has: (name) => Object.hasOwn(stored, name),
    set: (name, value) => {
      const next = { ...stored };
      if (value === null) delete next[name];
      else next[name] = codec.encode(value);
      writeJsonFile(file, next);
      stored = next;
    },
  };
}
