import type { SttModelId } from '../../../../app/contract/stt-schemas';

export interface ModelCatalogueEntry {
  id: SttModelId;
  /** File name on the mirror, and in `<dataDir>/models` once downloaded. */
  file: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * The multilingual whisper.cpp ggml models: the English-only `.en` ones cannot caption Mandarin. Sizes and
 * sha256 are the values Hugging Face publishes for ggerganov/whisper.cpp; they could not be re-verified here
 * (no network on the build machines), so the first real download is what proves them.
 */
export const whisperCatalogue: readonly ModelCatalogueEntry[] = [
  {
    id: 'tiny',
    file: 'ggml-tiny.bin',
    sizeBytes: 77_691_713,
    sha256: 'be07e048e1e599ad46341c8d2a135645097a538221678b7acdd1b1919c6e1b21',
  },
  {
    id: 'base',
    file: 'ggml-base.bin',
    sizeBytes: 147_951_465,
    sha256: '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe',
  },
  {
    id: 'small',
    file: 'ggml-small.bin',
    sizeBytes: 487_601_967,
    sha256: '1be3a9b2063867b937e64e2ec7483364a79917e157fa98c5d94b5c1fffea987b',
  },
];

/** Owners in China usually replace it with an hf-mirror.com or company mirror of the same folder. */
export const defaultMirrorUrl = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/';

/** A mirror is a folder; owners often leave off its trailing slash, which would make URL drop its last part. */
export function modelUrl(mirrorUrl: string, file: string): string {
  const folder = mirrorUrl.endsWith('/') ? mirrorUrl : `${mirrorUrl}/`;
  return new URL(encodeURIComponent(file), folder).toString();
}
