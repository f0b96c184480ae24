import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretStore } from './secret-store';

const freshDir = () => mkdtempSync(join(tmpdir(), 'linli-secrets-'));

describe('secret store', () => {
  it('keeps a secret across restarts in a file only the owner can read', () => {
    const dir = freshDir();
    createSecretStore(dir).set('obs.password', '开播 pass');
    const reopened = createSecretStore(dir);
    expect(reopened.get('obs.password')).toBe('开播 pass');
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('开播 pass');
  });

  it('removes a secret with null and reports what it has', () => {
    const store = createSecretStore(freshDir());
    store.set('stream.key', 'live_123');
    expect(store.has('stream.key')).toBe(true);
    store.set('stream.key', null);
    expect(store.has('stream.key')).toBe(false);
    expect(store.get('stream.key')).toBeNull();
  });

  it('sets a damaged file aside instead of overwriting it', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'secrets.json'), '{not json');
    const store = createSecretStore(dir);
    expect(store.get('obs.password')).toBeNull();
    expect(existsSync(join(dir, 'secrets.json.damaged'))).toBe(true);
  });
});
