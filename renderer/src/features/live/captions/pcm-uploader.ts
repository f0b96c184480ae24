import type { Bridge } from '../../../bridge/bridge';

/** 250 ms of 16 kHz audio per call: few enough calls for IPC/WebSocket, short enough for low caption lag. */
const frameSamples = 4000;

function toBase64(samples: Int16Array): string {
  const bytes = new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
  let binary = '';
  const step = 0x8000;
  for (let index = 0; index < bytes.length; index += step)
    binary += String.fromCharCode(...bytes.subarray(index, index + step));
  return btoa(binary);
}

/**
 * Sends 16 kHz PCM to main in order, one frame at a time; a failed send stops the stream (main refuses gaps),
 * and the error is reported once.
 */
export class PcmUploader {
  private pending = new Int16Array(0);
  private seq = 0;
  private chain: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    private readonly bridge: Bridge,
    private readonly streamId: string,
    private readonly onError: (error: unknown) => void,
  ) {}

  push(samples: Int16Array): void {
    if (this.failed) return;
    const joined = new Int16Array(this.pending.length + samples.length);
    joined.set(this.pending);
    joined.set(samples, this.pending.length);
    let offset = 0;
    while (joined.length - offset >= frameSamples) {
      this.send(joined.slice(offset, offset + frameSamples));
      offset += frameSamples;
    }
    this.pending = joined.slice(offset);
  }

  /** Sends what is left and waits for every frame to be accepted. */
  async flush(): Promise<void> {
    if (this.pending.length > 0 && !this.failed) this.send(this.pending);
    this.pending = new Int16Array(0);
    await this.chain;
  }

  private send(frame: Int16Array): void {
    const seq = this.seq;
    this.seq += 1;
    const pcm = toBase64(frame);
    this.chain = this.chain.then(async () => {
      if (this.failed) return;
      try {
        await this.bridge.call('stt.pushAudio', { streamId: this.streamId, seq, pcm });
      } catch (error) {
        this.failed = true;
        this.onError(error);
      }
    });
  }
}
