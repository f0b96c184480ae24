import { join } from 'node:path';
import { z } from 'zod';
import type { ObsConfig } from '../../../app/contract/obs-schemas';
import { readJsonFile, writeJsonFile } from '../../shared/json-file';
import type { SecretStore } from '../secrets/secret-store';

const passwordSecret = 'obs.password';
const streamKeySecret = 'obs.streamKey';

const settingsSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  autoConnect: z.boolean(),
  meterInput: z.string().nullable(),
  streamServer: z.string(),
  /** Once the owner installed the overlay, it is put back whenever OBS comes back. */
  overlayInstalled: z.boolean(),
  overlayScenes: z.array(z.string()),
});
export type ObsSettings = z.infer<typeof settingsSchema>;

const defaults: ObsSettings = {
  host: '',
  port: 4455,
  autoConnect: true,
  meterInput: null,
  streamServer: '',
  overlayInstalled: false,
  overlayScenes: [],
};

/** OBS settings main needs before the renderer is up: plain ones in obs.json, secrets in the secret store. */
export class ObsSettingsStore {
  private readonly file: string;
  private value: ObsSettings;

  constructor(
    dataDir: string,
    private readonly secrets: SecretStore,
  ) {
    this.file = join(dataDir, 'obs.json');
    this.value = readJsonFile(this.file, settingsSchema, defaults);
  }

  get current(): ObsSettings {
    return this.value;
  }

  update(patch: Partial<ObsSettings>): ObsSettings {
    this.value = { ...this.value, ...patch };
    writeJsonFile(this.file, this.value);
    return this.value;
  }

  password(): string | undefined {
    return this.secrets.get(passwordSecret) ?? undefined;
  }

  setPassword(password: string | null | undefined): void {
    if (password !== undefined) this.secrets.set(passwordSecret, password === '' ? null : password);
  }

  streamKey(): string | null {
    return this.secrets.get(streamKeySecret);
  }

  setStreamKey(key: string | null | undefined): void {
    if (key !== undefined) this.secrets.set(streamKeySecret, key === '' ? null : key);
  }

  /** What the renderer may see: never the password or the key, only whether they are set. */
  toConfig(): ObsConfig {
    const { host, port, autoConnect, meterInput, streamServer } = this.value;
    return {
      host,
      port,
      autoConnect,
      meterInput,
      streamServer,
      hasPassword: this.secrets.has(passwordSecret),
      hasStreamKey: this.secrets.has(streamKeySecret),
    };
  }

  url(): string | null {
    if (!this.value.host) return null;
    const host =
      this.value.host.includes(':') && !this.value.host.startsWith('[')
        ? `[${this.value.host}]`
        : this.value.host;
    return `ws://${host}:${this.value.port}`;
  }
}
