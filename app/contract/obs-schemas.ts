import { z } from 'zod';
import { errorSchema } from './errors';

export const obsConnectionStates = [
  'disconnected',
  'connecting',
  'connected',
  'reconnecting',
  'failed',
] as const;
export type ObsConnectionState = (typeof obsConnectionStates)[number];

export const obsStatusSchema = z.object({
  state: z.enum(obsConnectionStates),
  /** Host and port are saved; the password may still be empty (OBS with auth off). */
  configured: z.boolean(),
  /** Why the last attempt failed (OBS_AUTH_FAILED, OBS_NOT_RUNNING, OBS_VERSION_UNSUPPORTED…), else null. */
  error: errorSchema.nullable(),
  /** Reconnect attempts since the connection was lost; 0 while connected. */
  attempt: z.number().int().nonnegative(),
  nextRetryAt: z.number().int().nullable(),
  obsVersion: z.string().nullable(),
  webSocketVersion: z.string().nullable(),
  changedAt: z.number().int(),
});
export type ObsStatus = z.infer<typeof obsStatusSchema>;

export const obsConfigSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  hasPassword: z.boolean(),
  /** Connect when the workbench starts, and keep reconnecting. */
  autoConnect: z.boolean(),
  /** The OBS audio input whose level the console shows (the host's microphone). */
  meterInput: z.string().nullable(),
  streamServer: z.string(),
  hasStreamKey: z.boolean(),
});
export type ObsConfig = z.infer<typeof obsConfigSchema>;

const hostName = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:[\]-]+$/);

export const obsConfigInputSchema = z
  .object({
    host: hostName,
    port: z.number().int().min(1).max(65535),
    /** Omitted keeps the saved password; null clears it. Never echoed back. */
    password: z.string().max(200).nullable().optional(),
    autoConnect: z.boolean(),
  })
  .strict();

export const streamTargetInputSchema = z
  .object({
    /** rtmp:// or rtmps:// ingest address from the streaming platform; empty keeps OBS's own setting. */
    server: z
      .string()
      .trim()
      .max(500)
      .regex(/^(rtmps?:\/\/\S+)?$/),
    /** Omitted keeps the saved key; null clears it. Kept by the secrets service, never echoed back. */
    key: z.string().max(500).nullable().optional(),
  })
  .strict();

export const obsScenesSchema = z.object({
  scenes: z.array(z.string()),
  program: z.string().nullable(),
  /** The scene in preview while studio mode is on, else null. */
  preview: z.string().nullable(),
  studioMode: z.boolean(),
});
export type ObsScenes = z.infer<typeof obsScenesSchema>;

export const overlayInstallSchema = z.object({
  created: z.array(z.string()),
  existing: z.array(z.string()),
  scenes: z.array(z.string()),
});
export type OverlayInstall = z.infer<typeof overlayInstallSchema>;

const overlayText = z.string().max(120);

export const overlayProductSchema = z
  .object({
    title: z.string().trim().min(1).max(60),
    price: overlayText,
    stock: overlayText,
    /** One selling point under the title. */
    highlight: overlayText,
    /** A PNG as base64 (a QR code or the product photo), at most ~1.5 MB; null shows no picture. */
    imagePng: z
      .string()
      .max(2_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .nullable(),
    /** When the offer ends (epoch ms): the overlay counts down to it; null hides the countdown. */
    countdownEndsAt: z.number().int().nullable(),
    /** Shown before the time left, in the owner's language ("限时"). */
    countdownLabel: z.string().max(20),
  })
  .strict();
export type OverlayProduct = z.infer<typeof overlayProductSchema>;

export const obsOutputs = ['stream', 'record', 'virtualcam'] as const;
export type ObsOutput = (typeof obsOutputs)[number];

export const outputStateSchema = z.object({
  output: z.enum(obsOutputs),
  active: z.boolean(),
  /** OBS's own state name (OBS_WEBSOCKET_OUTPUT_STARTED…), for logs and tests. */
  state: z.string(),
  /** The finished recording's file once it is complete, else null. */
  path: z.string().nullable(),
});
export type OutputState = z.infer<typeof outputStateSchema>;

export const outputsSchema = z.object({
  stream: z.object({ active: z.boolean(), reconnecting: z.boolean(), durationMs: z.number() }),
  record: z.object({ active: z.boolean(), paused: z.boolean(), durationMs: z.number() }),
  virtualcam: z.object({ available: z.boolean(), active: z.boolean() }),
});
export type Outputs = z.infer<typeof outputsSchema>;

export const recordingSchema = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int(),
  modifiedAt: z.number().int(),
});
export type Recording = z.infer<typeof recordingSchema>;

export const healthAlertCodes = [
  'droppedFrames',
  'renderLag',
  'encoderLag',
  'lowFps',
  'cpuHigh',
  'diskLow',
] as const;

export const healthReadingSchema = z.object({
  at: z.number().int(),
  cpuUsage: z.number(),
  fps: z.number(),
  renderSkippedPercent: z.number(),
  outputSkippedPercent: z.number(),
  droppedPercent: z.number(),
  bitrateKbps: z.number(),
  alerts: z.array(z.object({ code: z.enum(healthAlertCodes), value: z.number(), threshold: z.number() })),
});
export type HealthReadingData = z.infer<typeof healthReadingSchema>;

export const audioLevelSchema = z.object({
  inputName: z.string(),
  /** Loudest channel's peak in dBFS, floored at -100 (silence). */
  peakDb: z.number(),
  magnitudeDb: z.number(),
  at: z.number().int(),
});
export type AudioLevel = z.infer<typeof audioLevelSchema>;
