import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../../shared/json-file';

export const defaultIngestPort = 17318;

const settingsSchema = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(0).max(65535),
  /**
   * What local bridges present. Not a secret like an API key (any program of the owner's account could
   * read this file), but it keeps web pages and other users' programs from posting comments.
   */
  token: z.string().min(16),
});
export type CommentsSettings = z.infer<typeof settingsSchema>;

/** The ingest endpoint's settings in comments.json; the token is made once per install. */
export class CommentsSettingsStore {
  private readonly file: string;
  private value: CommentsSettings;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'comments.json');
    this.value = readJsonFile(this.file, settingsSchema, {
      enabled: false,
      port: defaultIngestPort,
      token: randomBytes(24).toString('base64url'),
    });
    // A new install, or a damaged file set aside: the fresh token must outlive this launch.
    if (!existsSync(this.file)) writeJsonFile(this.file, this.value);
  }

  get current(): CommentsSettings {
    return this.value;
  }

  update(patch: Partial<Omit<CommentsSettings, 'token'>>): CommentsSettings {
    this.value = { ...this.value, ...patch };
    writeJsonFile(this.file, this.value);
    return this.value;
  }
}
