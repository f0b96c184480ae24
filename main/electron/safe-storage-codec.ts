import { safeStorage } from 'electron';
import { ownerOnlyFileCodec, type SecretCodec } from '../services/secrets/secret-store';

/**
 * Secrets encrypted with the OS keychain (DPAPI, Keychain, libsecret). Where the OS offers none (a bare Linux
 * session), Electron would fall back to a hard-coded key, which protects nothing: keep the owner-only file.
 */
export function safeStorageCodec(): SecretCodec {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text') return ownerOnlyFileCodec;
  return {
    kind: 'os-keychain',
    encode: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decode: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
