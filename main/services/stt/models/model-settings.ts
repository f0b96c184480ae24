import { join } from 'node:path';
import { z } from 'zod';
import { sttModelIds, type SttModelId } from '../../../../app/contract/stt-schemas';
import { readJsonFile, writeJsonFile } from '../../../shared/json-file';
import { defaultMirrorUrl } from './catalogue';

const recordedFileSchema = z.object({
  path: z.string(),
  /** Kept so a file that changed on disk is noticed with a stat alone, without hashing it again. */
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
});
export type RecordedModelFile = z.infer<typeof recordedFileSchema>;

const settingsSchema = z.object({
  mirrorUrl: z.string(),
  activeModel: z.enum(sttModelIds).nullable(),
  files: z.partialRecord(z.enum(sttModelIds), recordedFileSchema),
});
export type SttModelSettings = z.infer<typeof settingsSchema>;

const defaults: SttModelSettings = { mirrorUrl: defaultMirrorUrl, activeModel: null, files: {} };

/** Mirror, active model and where each model's file is, in `<dataDir>/stt.json`. */
export class SttModelSettingsStore {
  private readonly file: string;
  private value: SttModelSettings;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'stt.json');
    this.value = readJsonFile(this.file, settingsSchema, defaults);
  }

  get current(): SttModelSettings {
    return this.value;
  }

  fileOf(id: SttModelId): RecordedModelFile | undefined {
    return this.value.files[id];
  }

  update(patch: Partial<SttModelSettings>): SttModelSettings {
    this.value = { ...this.value, ...patch };
    writeJsonFile(this.file, this.value);
    return this.value;
  }

  /** Records a checked file for `id` and makes it the model captions use. */
  activate(id: SttModelId, file: RecordedModelFile): SttModelSettings {
    return this.update({ activeModel: id, files: { ...this.value.files, [id]: file } });
  }
}
