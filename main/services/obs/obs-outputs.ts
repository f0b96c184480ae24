import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../app/contract/errors';
import type { ObsOutput, Outputs, OutputState, Recording } from '../../../app/contract/obs-schemas';
import type { ObsLink } from './obs-link';

/** obs-websocket's status when a feature is missing on this machine (virtual camera without a driver). */
const invalidResourceState = 604;
const startTimeoutMs = 20_000;
/** Finishing a long recording's file takes a while on a slow disk. */
const stopTimeoutMs = 60_000;
const videoFile = /\.(mkv|mp4|mov|flv|ts|m3u8|fragmented\.mp4)$/i;

export interface StreamTarget {
  server: string;
  key: string | null;
}

function unavailable(error: unknown): boolean {
  return (error as { details?: { status?: number } }).details?.status === invalidResourceState;
}

export async function readOutputs(link: ObsLink): Promise<Outputs> {
  const [stream, record, virtualcam] = await Promise.all([
    link.call('GetStreamStatus'),
    link.call('GetRecordStatus'),
    link.call('GetVirtualCamStatus').then(
      (status) => ({ available: true, active: status.outputActive }),
      (error: unknown) => {
        if (unavailable(error)) return { available: false, active: false };
        throw error;
      },
    ),
  ]);
  return {
    stream: {
      active: stream.outputActive,
      reconnecting: stream.outputReconnecting,
      durationMs: stream.outputDuration,
    },
    record: { active: record.outputActive, paused: record.outputPaused, durationMs: record.outputDuration },
    virtualcam,
  };
}

/** Starts an output and resolves once OBS reports it running (or refuses with OBS's reason). */
export async function startOutput(
  link: ObsLink,
  output: ObsOutput,
  target: StreamTarget,
): Promise<OutputState> {
  if (output === 'stream') {
    if (target.server)
      await link.call('SetStreamServiceSettings', {
        streamServiceType: 'rtmp_custom',
        streamServiceSettings: { server: target.server, key: target.key ?? '', use_auth: false },
      });
    const started = link.waitFor(
      'StreamStateChanged',
      (event) => event.outputState !== 'OBS_WEBSOCKET_OUTPUT_STARTING',
      startTimeoutMs,
    );
    await link.call('StartStream').catch((error: unknown) => {
      started.cancel();
      throw error;
    });
    const event = await started.promise.catch(async (error: unknown) => {
      // No state event in time: ask OBS directly rather than report a timeout for a stream that is up.
      const status = await link.call('GetStreamStatus');
      if (status.outputActive) return { outputActive: true, outputState: 'OBS_WEBSOCKET_OUTPUT_STARTED' };
      throw error;
    });
    if (!event.outputActive)
      throw new AppError(
        'OBS_REQUEST_FAILED',
        'the stream stopped while starting: check the address and key',
        {
          request: 'StartStream',
          status: 0,
          reason: event.outputState,
        },
      );
    return { output, active: true, state: event.outputState, path: null };
  }
  if (output === 'record') {
    const started = link.waitFor(
      'RecordStateChanged',
      (event) => event.outputState === 'OBS_WEBSOCKET_OUTPUT_STARTED',
      startTimeoutMs,
    );
    await link.call('StartRecord').catch((error: unknown) => {
      started.cancel();
      throw error;
    });
    const event = await started.promise;
    return { output, active: true, state: event.outputState, path: null };
  }
  await link.call('StartVirtualCam').catch((error: unknown) => {
    if (unavailable(error))
      throw new AppError('OBS_UNAVAILABLE', 'OBS has no virtual camera on this machine', {
        reason: 'virtualcam',
      });
    throw error;
  });
  return { output, active: true, state: 'OBS_WEBSOCKET_OUTPUT_STARTED', path: null };
}

/** Stops an output; a recording is reported only once OBS has finished writing its file. */
export async function stopOutput(link: ObsLink, output: ObsOutput): Promise<OutputState> {
  if (output === 'virtualcam') {
    await link.call('StopVirtualCam').catch((error: unknown) => {
      if (!unavailable(error)) throw error;
    });
    return { output, active: false, state: 'OBS_WEBSOCKET_OUTPUT_STOPPED', path: null };
  }
  const stateEvent = output === 'record' ? 'RecordStateChanged' : 'StreamStateChanged';
  const stopped = link.waitFor(
    stateEvent,
    (event) => event.outputState === 'OBS_WEBSOCKET_OUTPUT_STOPPED',
    stopTimeoutMs,
  );
  try {
    await link.call(output === 'record' ? 'StopRecord' : 'StopStream');
  } catch (error) {
    stopped.cancel();
    // Stopping what is not running is what the owner wanted anyway.
    if (unavailable(error) || (error as { details?: { status?: number } }).details?.status === 501)
      return { output, active: false, state: 'OBS_WEBSOCKET_OUTPUT_STOPPED', path: null };
    throw error;
  }
  const event = await stopped.promise;
  await settledInactive(link, output);
  const path = 'outputPath' in event && typeof event.outputPath === 'string' ? event.outputPath : null;
  return { output, active: false, state: event.outputState, path };
}

/**
 * OBS sends OUTPUT_STOPPED a moment before its status requests agree (seen in CI): wait until they do, so
 * whatever the owner's screen reads next shows the output stopped. Gives up after about 2 s.
 */
async function settledInactive(link: ObsLink, output: 'stream' | 'record'): Promise<void> {
  for (let tries = 0; tries < 40; tries += 1) {
    const status = await link.call(output === 'record' ? 'GetRecordStatus' : 'GetStreamStatus');
    if (!status.outputActive) return;
    await new Promise((wake) => setTimeout(wake, 50));
  }
}

/** The recordings folder as OBS reports it, read from disk when OBS runs on this machine. */
export async function listRecordings(
  link: ObsLink,
): Promise<{ directory: string | null; files: Recording[] }> {
  const { recordDirectory } = await link.call('GetRecordDirectory');
  if (!recordDirectory || !existsSync(recordDirectory))
    return { directory: recordDirectory || null, files: [] };
  const files = readdirSync(recordDirectory)
    .filter((name) => videoFile.test(name))
    .map((name) => {
      const path = join(recordDirectory, name);
      const stats = statSync(path);
      return { path, name, bytes: stats.size, modifiedAt: Math.round(stats.mtimeMs) };
    })
    .sort((a, b) => b.modifiedAt - a.modifiedAt);
  return { directory: recordDirectory, files };
}
