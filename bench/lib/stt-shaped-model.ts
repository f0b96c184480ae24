import { open, readFile } from 'node:fs/promises';
import {
  elementCount,
  fileHeader,
  parseWhisperGgml,
  tensorHeader,
  type GgmlTensor,
  type WhisperGgml,
  type WhisperHparams,
} from './stt-ggml';
import { normalSource, valueBytes } from './stt-random';

/**
 * A random-weight whisper.cpp model with the real base model's shape, built from the toy model's file: the
 * toy model is a file whisper_model_load accepts, so its tensor list is mirrored with the state width and
 * layer count scaled up, and its mel filters and vocabulary are reused as they are. What it outputs is
 * meaningless, but every matrix product is as large as the real base model's, which is what the timings need.
 */

/** whisper base (openai/whisper `base`, ggml-base.bin): the loader reports it as type 2 (base). */
export const baseShape: WhisperHparams = {
  n_vocab: 51865,
  n_audio_ctx: 1500,
  n_audio_state: 512,
  n_audio_head: 8,
  n_audio_layer: 6,
  n_text_ctx: 448,
  n_text_state: 512,
  n_text_head: 8,
  n_text_layer: 6,
  n_mels: 80,
  // f16 weights, as in ggml-base.bin.
  ftype: 1,
};

/** The size of the real ggml-base.bin, to check the shaped file against. */
export const realBaseBytes = 147_951_465;

/** Random weights as the toy's: N(0, 0.02), the usual transformer initialisation. */
const weightStddev = 0.02;
/** Values generated and written per write call: 8 MB of f32 at most in memory at a time. */
const blockElements = 1 << 21;

export interface ShapedModel {
  bytes: number;
  tensors: number;
  ms: number;
}

interface PlannedTensor {
  name: string;
  type: number;
  dims: number[];
  /** The toy tensor's value where all of its values are equal (layer norms 1, biases 0), else null. */
  constant: number | null;
}

/** Layer norms and biases hold one value throughout; the weight matrices are noise. */
function constantOf(file: Buffer, tensor: GgmlTensor): number | null {
  const size = tensor.type === 0 ? 4 : 2;
  const first = file.readUIntLE(tensor.dataOffset, size);
  for (let at = tensor.dataOffset; at < tensor.dataOffset + tensor.dataBytes; at += size)
    if (file.readUIntLE(at, size) !== first) return null;
  if (tensor.type === 0) return file.readFloatLE(tensor.dataOffset);
  // Only f32 constants occur in the toy model; an f16 one would need decoding.
  throw new Error(`${tensor.name}: constant f16 tensors are not supported`);
}

/** The toy's tensors with every width scaled to `shape` and its one layer repeated `n_*_layer` times. */
export function planTensors(toy: WhisperGgml, file: Buffer, shape: WhisperHparams): PlannedTensor[] {
  const from = toy.hparams;
  for (const name of ['n_vocab', 'n_audio_ctx', 'n_text_ctx', 'n_mels'] as const)
    if (from[name] !== shape[name])
      throw new Error(
        `the toy model's ${name} is ${from[name]}, not ${shape[name]}: its vocabulary won't fit`,
      );
  if (from.n_audio_state !== from.n_text_state || shape.n_audio_state !== shape.n_text_state)
    throw new Error('whisper.cpp needs n_audio_state == n_text_state');
  if (from.n_audio_layer !== 1 || from.n_text_layer !== 1)
    throw new Error('the toy model is expected to have one encoder and one decoder layer');
  const width = new Map([
    [from.n_audio_state, shape.n_audio_state],
    [4 * from.n_audio_state, 4 * shape.n_audio_state],
  ]);
  const layers = { encoder: shape.n_audio_layer, decoder: shape.n_text_layer };
  const plan: PlannedTensor[] = [];
  for (const tensor of toy.tensors) {
    const dims = tensor.dims.map((dim) => width.get(dim) ?? dim);
    const constant = constantOf(file, tensor);
    const block = /^(encoder|decoder)\.blocks\.0\./.exec(tensor.name);
    if (block === null) {
      plan.push({ name: tensor.name, type: tensor.type, dims, constant });
      continue;
    }
    const side = block[1] === 'encoder' ? 'encoder' : 'decoder';
    for (let layer = 0; layer < layers[side]; layer += 1) {
      const name = tensor.name.replace('.blocks.0.', `.blocks.${layer}.`);
      plan.push({ name, type: tensor.type, dims, constant });
    }
  }
  return plan;
}

/**
 * Writes the shaped model to `outPath`, one block at a time (the file is about 150 MB for base). The same
 * seed writes the same bytes.
 */
export async function writeShapedModel(
  toyPath: string,
  outPath: string,
  shape: WhisperHparams = baseShape,
  seed = 20_240_601,
): Promise<ShapedModel> {
  const started = performance.now();
  const file = await readFile(toyPath);
  const toy = parseWhisperGgml(file);
  const plan = planTensors(toy, file, shape);
  const noise = normalSource(seed, weightStddev);
  const out = await open(outPath, 'w');
  let bytes = 0;
  const write = async (chunk: Buffer) => {
    await out.write(chunk);
    bytes += chunk.length;
  };
  try {
    await write(fileHeader(shape));
    await write(toy.filtersAndVocab);
    for (const tensor of plan) {
      await write(tensorHeader(tensor));
      const next = tensor.constant === null ? noise : () => tensor.constant ?? 0;
      const count = elementCount(tensor.dims);
      for (let done = 0; done < count; done += blockElements)
        await write(valueBytes(tensor.type, Math.min(blockElements, count - done), next));
    }
  } finally {
    await out.close();
  }
  return { bytes, tensors: plan.length, ms: performance.now() - started };
}
