/**
 * Runs on the audio thread: collects the microphone's first channel into ~85 ms blocks (4096 samples at
 * 48 kHz) so the page gets a dozen messages a second instead of one per 128-sample render quantum.
 */
declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  abstract process(inputs: Float32Array[][]): boolean;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

const blockSize = 4096;

class CaptureProcessor extends AudioWorkletProcessor {
  private block = new Float32Array(blockSize);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    let offset = 0;
    while (offset < channel.length) {
      const take = Math.min(channel.length - offset, blockSize - this.filled);
      this.block.set(channel.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === blockSize) {
        this.port.postMessage(this.block, [this.block.buffer]);
        this.block = new Float32Array(blockSize);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('linli-capture', CaptureProcessor);
