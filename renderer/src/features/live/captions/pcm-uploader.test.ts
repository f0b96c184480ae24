import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../bridge/bridge';
import { PcmUploader } from './pcm-uploader';

interface Sent {
  seq: number;
  samples: Int16Array;
}

/** A bridge double that records stt.pushAudio calls and can refuse one. */
function recordingBridge(refuseSeq: number | null = null): { bridge: Bridge; sent: Sent[] } {
  const sent: Sent[] = [];
  const call = (_method: string, params: { seq: number; pcm: string }) => {
    if (params.seq === refuseSeq) return Promise.reject(new Error('gap'));
    const bytes = Uint8Array.from(atob(params.pcm), (char) => char.charCodeAt(0));
    sent.push({ seq: params.seq, samples: new Int16Array(bytes.buffer) });
    return Promise.resolve({ bufferedMs: 0 });
  };
  return { bridge: { call } as unknown as Bridge, sent };
}

describe('sending microphone audio to main', () => {
  it('sends 250 ms frames in order and the remainder on flush, sample for sample', async () => {
    const { bridge, sent } = recordingBridge();
    const uploader = new PcmUploader(bridge, 's1', () => undefined);
    const audio = Int16Array.from({ length: 9_500 }, (_, index) => (index % 2000) - 1000);
    uploader.push(audio.subarray(0, 3000));
    uploader.push(audio.subarray(3000));
    await uploader.flush();
    expect(sent.map((frame) => [frame.seq, frame.samples.length])).toEqual([
      [0, 4000],
      [1, 4000],
      [2, 1500],
    ]);
    const joined = Int16Array.from(sent.flatMap((frame) => [...frame.samples]));
    expect(joined).toEqual(audio);
  });

  it('stops at the first refused frame and reports it once', async () => {
    const { bridge, sent } = recordingBridge(1);
    const errors: unknown[] = [];
    const uploader = new PcmUploader(bridge, 's1', (error) => errors.push(error));
    uploader.push(new Int16Array(16_000));
    await uploader.flush();
    uploader.push(new Int16Array(8_000));
    await uploader.flush();
    expect(sent.map((frame) => frame.seq)).toEqual([0]);
    expect(errors).toHaveLength(1);
  });
});
