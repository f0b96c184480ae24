/**
 * Seeded normal noise as f32 or f16 bytes, for random model weights. Fast enough for the 72 million values
 * of a base-sized model (a few seconds), and the same seed always gives the same file.
 */
import { seededRandom } from './order-fixtures';

/** Box–Muller: two uniforms make two independent normals, so every other call is free. */
export function normalSource(seed: number, stddev: number): () => number {
  const uniform = seededRandom(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    // 1 - u keeps log() away from 0.
    const radius = stddev * Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

const scratch = new Float32Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/** IEEE half-precision bits of a float, rounded to nearest (ties away), with subnormals kept. */
export function halfBits(value: number): number {
  scratch[0] = value;
  const bits = scratchBits[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  // Re-biased from f32's 127 to f16's 15.
  const exponent = ((bits >>> 23) & 0xff) - 112;
  const mantissa = bits & 0x7fffff;
  if (exponent >= 31) return sign | 0x7c00;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    const shift = 14 - exponent;
    return sign | (((mantissa | 0x800000) + (1 << (shift - 1))) >>> shift);
  }
  // A mantissa that rounds up to 0x400 carries into the exponent, which is the right encoding.
  return sign | ((exponent << 10) + ((mantissa + 0x1000) >>> 13));
}

/**
 * `count` values from `next` as the bytes of ggml type `type` (0 f32, 1 f16). Typed arrays use the host's
 * byte order, little-endian on every machine whisper.cpp's loader reads without byte swapping.
 */
export function valueBytes(type: number, count: number, next: () => number): Buffer {
  if (type === 1) {
    const halves = new Uint16Array(count);
    for (let index = 0; index < count; index += 1) halves[index] = halfBits(next());
    return Buffer.from(halves.buffer);
  }
  if (type === 0) {
    const floats = new Float32Array(count);
    for (let index = 0; index < count; index += 1) floats[index] = next();
    return Buffer.from(floats.buffer);
  }
  throw new Error(`ggml tensor type ${type} is not f32 or f16`);
}
