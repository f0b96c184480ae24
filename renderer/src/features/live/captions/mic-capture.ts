import workletUrl from './capture-worklet.ts?worker&url';

export interface MicCaptureOptions {
  deviceId: string | null;
  /** Mono float samples at `sampleRate`, in order, about a dozen blocks a second. */
  onSamples(samples: Float32Array, sampleRate: number): void;
  /** The device went away (unplugged, permission revoked): the live goes on without captions. */
  onEnded(): void;
}

export interface MicCapture {
  readonly label: string;
  stop(): Promise<void>;
}

/**
 * The microphone through an AudioWorklet. Echo cancellation and noise suppression stay on: the host speaks
 * over music and viewers' voices from the speaker, and whisper does better on the cleaned signal.
 */
export async function startMicCapture(options: MicCaptureOptions): Promise<MicCapture> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: {
      ...(options.deviceId ? { deviceId: { exact: options.deviceId } } : {}),
      channelCount: 1,
      echoCancellation: true,
      noiseSuppression: true,
    },
  });
  const [track] = stream.getAudioTracks();
  const context = new AudioContext();
  await context.audioWorklet.addModule(workletUrl);
  const source = context.createMediaStreamSource(stream);
  const node = new AudioWorkletNode(context, 'linli-capture');
  node.port.onmessage = (message: MessageEvent<Float32Array>) =>
    options.onSamples(message.data, context.sampleRate);
  source.connect(node);
  let stopped = false;
  track?.addEventListener('ended', () => {
    if (!stopped) options.onEnded();
  });
  return {
    label: track?.label ?? '',
    stop: async () => {
      stopped = true;
      node.port.onmessage = null;
      source.disconnect();
      stream.getTracks().forEach((each) => each.stop());
      await context.close();
    },
  };
}

export async function listMicrophones(): Promise<{ deviceId: string; label: string }[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'audioinput')
    .map((device) => ({ deviceId: device.deviceId, label: device.label }));
}

/** Peak level of a block in dBFS, floored at -100. */
export function peakDb(samples: Float32Array): number {
  let peak = 0;
  for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
  return peak > 0 ? Math.max(-100, 20 * Math.log10(peak)) : -100;
}
