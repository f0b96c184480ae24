import { z } from 'zod';
import { command, event } from './define';
import {
  audioLevelSchema,
  healthReadingSchema,
  obsConfigInputSchema,
  obsConfigSchema,
  obsOutputs,
  obsScenesSchema,
  obsStatusSchema,
  outputStateSchema,
  outputsSchema,
  overlayInstallSchema,
  overlayProductSchema,
  recordingSchema,
  streamTargetInputSchema,
} from './obs-schemas';

export * from './obs-schemas';

const none = z.object({}).strict();
const sceneName = z.string().min(1).max(200);

/**
 * OBS Studio through obs-websocket 5. Every command that talks to OBS raises OBS_NOT_CONNECTED when there is
 * no connection, OBS_TIMEOUT when OBS does not answer in time (or the connection drops mid-call) and
 * OBS_REQUEST_FAILED with OBS's status code in `details.status` when OBS refuses.
 */
export const obsCommands = {
  /** Saved connection settings; passwords and stream keys only as `has…` flags. Raises nothing. */
  'obs.getConfig': command(none, obsConfigSchema),
  /** Saves host, port, auto-connect and (optionally) the password into the secrets service. */
  'obs.saveConfig': command(obsConfigInputSchema, obsConfigSchema),
  /** Saves the platform's ingest address and stream key; applied to OBS when the stream starts. */
  'obs.saveStreamTarget': command(streamTargetInputSchema, obsConfigSchema),
  /** Chooses the audio input the level meter follows (null: none). */
  'obs.setMeterInput': command(
    z.object({ inputName: z.string().max(200).nullable() }).strict(),
    obsConfigSchema,
  ),
  /** Current connection state, versions and the last error. Raises nothing. */
  'obs.getStatus': command(none, obsStatusSchema),
  /**
   * Connects with the saved settings and resolves once connected. Raises OBS_NOT_CONFIGURED,
   * OBS_AUTH_FAILED (wrong password, close code 4009), OBS_NOT_RUNNING, OBS_VERSION_UNSUPPORTED.
   */
  'obs.connect': command(none, obsStatusSchema),
  /** Closes the connection and stops reconnecting. Raises nothing. */
  'obs.disconnect': command(none, obsStatusSchema),
  /** Scene names, the program scene and, in studio mode, the preview scene. */
  'obs.getScenes': command(none, obsScenesSchema),
  /** Puts a scene on air, or into preview when studio mode is on and `target` is not `program`. */
  'obs.setScene': command(
    z.object({ sceneName, target: z.enum(['auto', 'program', 'preview']).default('auto') }).strict(),
    obsScenesSchema,
  ),
  'obs.setStudioMode': command(z.object({ enabled: z.boolean() }).strict(), obsScenesSchema),
  /** Studio mode: sends the preview scene to program with the current transition. */
  'obs.transition': command(none, obsScenesSchema),
  /**
   * Creates the Linli scene set from the bundled template, and adds the overlay to `addToScenes`. Idempotent:
   * what exists is left alone and listed under `existing`.
   */
  'obs.installOverlay': command(
    z.object({ addToScenes: z.array(sceneName).max(20).default([]) }).strict(),
    overlayInstallSchema,
  ),
  /** Shows a product on the overlay (title, price, stock, selling point, picture, countdown). */
  'obs.showProduct': command(overlayProductSchema, z.object({ shownAt: z.number().int() })),
  /** Hides the product card (between products, or on a break). */
  'obs.hideProduct': command(none, z.object({ hiddenAt: z.number().int() })),
  /** The host's lower-third note; an empty text hides it. */
  'obs.setNote': command(
    z.object({ text: z.string().max(120) }).strict(),
    z.object({ shownAt: z.number().int() }),
  ),
  'obs.getOutputs': command(none, outputsSchema),
  /**
   * Starts an output. The stream applies the saved ingest address and key first. Raises OBS_UNAVAILABLE for
   * a virtual camera this machine does not have.
   */
  'obs.startOutput': command(z.object({ output: z.enum(obsOutputs) }).strict(), outputStateSchema),
  /** Stops an output and, for a recording, resolves only once OBS reports the file complete. */
  'obs.stopOutput': command(z.object({ output: z.enum(obsOutputs) }).strict(), outputStateSchema),
  /** Recordings in OBS's recording folder, newest first (when OBS runs on this machine). */
  'obs.listRecordings': command(
    none,
    z.object({ directory: z.string().nullable(), files: z.array(recordingSchema) }),
  ),
  /** Inputs that carry audio, for choosing the microphone the meter follows. */
  'obs.listAudioInputs': command(none, z.object({ inputs: z.array(z.string()) })),
  /** The last health reading (null before the first poll). */
  'obs.getHealth': command(none, healthReadingSchema.nullable()),
};

export const obsEvents = {
  'obs.statusChanged': event(obsStatusSchema),
  'obs.scenesChanged': event(obsScenesSchema),
  'obs.outputChanged': event(outputStateSchema),
  /** Every poll of OBS's stats (about every 2 s while connected), with alerts over the thresholds. */
  'obs.healthUpdated': event(healthReadingSchema),
  /** The meter input's level, at most 10 per second. */
  'obs.audioLevel': event(audioLevelSchema),
};
