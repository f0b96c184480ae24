/**
 * Reads the layout of a whisper.cpp ggml model file as whisper_model_load (whisper.cpp 1.5.0) reads it:
 * magic, eleven int32 hyperparameters, the mel filters, the vocabulary, then tensors until the end of the
 * file, each as `n_dims, name length, type, dims…, name, data`.
 */

export const ggmlMagic = 0x67676d6c;

/** The hyperparameters in file order. */
export const hparamNames = [
  'n_vocab',
  'n_audio_ctx',
  'n_audio_state',
  'n_audio_head',
  'n_audio_layer',
  'n_text_ctx',
  'n_text_state',
  'n_text_head',
  'n_text_layer',
  'n_mels',
  'ftype',
] as const;
export type WhisperHparams = Record<(typeof hparamNames)[number], number>;

/** ggml_type values a whisper model without quantization holds, with their element sizes. */
export const tensorTypeBytes: Readonly<Record<number, number>> = { 0: 4, 1: 2 };

export interface GgmlTensor {
  name: string;
  /** 0 f32, 1 f16. */
  type: number;
  /** ne[0] first, as on disk. */
  dims: number[];
  dataOffset: number;
  dataBytes: number;
}

export interface WhisperGgml {
  hparams: WhisperHparams;
  /** The mel filters and vocabulary bytes, verbatim: they do not depend on the model's size. */
  filtersAndVocab: Buffer;
  vocabTokens: number;
  tensors: GgmlTensor[];
}

export const headerBytes = 4 + hparamNames.length * 4;

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((product, dim) => product * dim, 1);
}

function bytesOf(type: number, dims: readonly number[]): number {
  const size = tensorTypeBytes[type];
  if (size === undefined) throw new Error(`ggml tensor type ${type} is not f32 or f16`);
  return size * elementCount(dims);
}

/** Parses a whole model held in memory (the toy model is 8 MB); throws on anything the loader would refuse. */
export function parseWhisperGgml(file: Buffer): WhisperGgml {
  let at = 0;
  const int32 = () => {
    if (at + 4 > file.length) throw new Error(`ggml file ends inside a field at byte ${at}`);
    const value = file.readInt32LE(at);
    at += 4;
    return value;
  };
  if (file.readUInt32LE(0) !== ggmlMagic) throw new Error('not a ggml file (bad magic)');
  at = 4;
  const hparams = Object.fromEntries(hparamNames.map((name) => [name, int32()])) as WhisperHparams;

  const nMel = int32();
  const nFft = int32();
  at += nMel * nFft * 4;
  const vocabTokens = int32();
  for (let token = 0; token < vocabTokens; token += 1) at += 4 + file.readUInt32LE(at);
  const filtersAndVocab = file.subarray(headerBytes, at);

  const tensors: GgmlTensor[] = [];
  while (at < file.length) {
    const nDims = int32();
    const nameLength = int32();
    const type = int32();
    const dims = Array.from({ length: nDims }, int32);
    const name = file.toString('utf8', at, at + nameLength);
    at += nameLength;
    const dataBytes = bytesOf(type, dims);
    tensors.push({ name, type, dims, dataOffset: at, dataBytes });
    at += dataBytes;
  }
  if (at !== file.length) throw new Error(`ggml file is truncated: the last tensor ends at ${at}`);
  return { hparams, filtersAndVocab, vocabTokens, tensors };
}

/** The bytes of a tensor's record before its data. */
export function tensorHeader(tensor: Pick<GgmlTensor, 'name' | 'type' | 'dims'>): Buffer {
  const name = Buffer.from(tensor.name, 'utf8');
  const fields = Buffer.alloc(12 + tensor.dims.length * 4);
  fields.writeInt32LE(tensor.dims.length, 0);
  fields.writeInt32LE(name.length, 4);
  fields.writeInt32LE(tensor.type, 8);
  tensor.dims.forEach((dim, index) => fields.writeInt32LE(dim, 12 + index * 4));
  return Buffer.concat([fields, name]);
}

export function fileHeader(hparams: WhisperHparams): Buffer {
  const header = Buffer.alloc(headerBytes);
  header.writeUInt32LE(ggmlMagic, 0);
  hparamNames.forEach((name, index) => header.writeInt32LE(hparams[name], 4 + index * 4));
  return header;
}

export function tensorBytes(tensor: Pick<GgmlTensor, 'type' | 'dims'>): number {
  return bytesOf(tensor.type, tensor.dims);
}
