import { statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultChunkerOptions } from '../../app/domain/speech';
import { mandarinWav, sampleSentences, sox } from '../../main/services/stt/engine/testing/test-audio';
import { wavSamples } from '../../main/services/stt/stream/testing/stream-harness';

/** Mandarin speech from espeak-ng for the benchmark: one 10 s chunk and a few short utterances. */

export const sampleRate = 16000;
export const chunkSeconds = 10;
/** What the renderer's uploader sends per stt.pushAudio, and how often. */
export const frameMs = 100;
const frameSamples = (sampleRate * frameMs) / 1000;

/**
 * Live-stream phrases espeak-ng speaks in 3.2–3.8 s (it is slow in Mandarin, about 0.4 s a syllable), long
 * enough that the chunker treats each as a full chunk rather than a quick "好的".
 */
const utteranceTexts = [
  '欢迎来到我们的直播间',
  '喜欢的朋友点关注',
  '今天早上刚到的牛奶',
  '库存不多抓紧时间',
  '下单马上打包发货',
];

/**
 * Running speech cut at exactly 10 s, as the chunker cuts a stream nobody pauses in: the first two sample
 * sentences last about 12.6 s. Returns the WAV's path; whisper.cpp reads it as it is.
 */
export function tenSecondChunk(dir: string): string {
  const spoken = mandarinWav(dir, 'running speech', sampleSentences.slice(0, 2).join(''));
  const chunk = join(dir, 'chunk 10 s.wav');
  // Padding first makes the cut exact even if espeak-ng ever speaks the text faster than 10 s.
  sox(spoken, chunk, 'pad', '0', String(chunkSeconds), 'trim', '0', String(chunkSeconds));
  const samples = (statSync(chunk).size - 44) / 2;
  if (samples !== sampleRate * chunkSeconds)
    throw new Error(`the speech chunk holds ${samples} samples, not ${sampleRate * chunkSeconds}`);
  return chunk;
}

export interface Utterance {
  text: string;
  /** Whole 100 ms frames of 16 kHz samples, the last one padded with quiet. */
  frames: Int16Array[];
  /** Index of the last frame that holds speech by the chunker's own lowest level. */
  lastVoicedFrame: number;
}

/** Cuts samples into whole frames; the tail is padded with zeros, as a microphone never sends half a frame. */
export function toFrames(samples: Int16Array): Int16Array[] {
  const frames: Int16Array[] = [];
  for (let at = 0; at < samples.length; at += frameSamples) {
    const frame = new Int16Array(frameSamples);
    frame.set(samples.subarray(at, Math.min(at + frameSamples, samples.length)));
    frames.push(frame);
  }
  return frames;
}

/**
 * Whether any 30 ms stretch of the frame is louder than the quietest sound the chunker takes for speech
 * (minSpeechRms). espeak-ng's pauses are digital silence, so this finds where the voice really stops.
 */
export function holdsSpeech(frame: Int16Array): boolean {
  const window = (sampleRate * 30) / 1000;
  const floor = defaultChunkerOptions.minSpeechRms * 32768;
  for (let start = 0; start < frame.length; start += window / 2) {
    const end = Math.min(start + window, frame.length);
    let sum = 0;
    for (let index = start; index < end; index += 1) sum += (frame[index] ?? 0) ** 2;
    if (end > start && Math.sqrt(sum / (end - start)) > floor) return true;
  }
  return false;
}

export function utterances(dir: string): Utterance[] {
  return utteranceTexts.map((text, index) => {
    const frames = toFrames(wavSamples(mandarinWav(dir, `utterance ${index + 1}`, text)));
    const lastVoicedFrame = frames.findLastIndex(holdsSpeech);
    if (lastVoicedFrame < 0) throw new Error(`espeak-ng said nothing for ${text}`);
    return { text, frames, lastVoicedFrame };
  });
}

export function silentFrame(): Int16Array {
  return new Int16Array(frameSamples);
}
