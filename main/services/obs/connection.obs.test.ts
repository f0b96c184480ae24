import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../app/contract/errors';
import { noObsReason, ObsHarness, realObs } from './testing/obs-harness';

const obs = realObs();
if (!obs) console.warn(`skipping OBS connection tests: ${noObsReason}`);

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe.skipIf(!obs)('connecting to a real OBS', () => {
  let harness: ObsHarness;
  afterEach(() => harness.dispose());

  it('connects with the saved password and reports both versions', async () => {
    harness = new ObsHarness();
    await harness.connect(obs!);
    const status = await harness.handlers['obs.getStatus']({});
    expect(status.state).toBe('connected');
    expect(status.obsVersion).toMatch(/^\d+\.\d+/);
    expect(status.webSocketVersion).toMatch(/^5\./);
    const config = await harness.handlers['obs.getConfig']({});
    expect(config).toMatchObject({ host: obs!.host, port: obs!.port, hasPassword: true });
    expect(JSON.stringify(config)).not.toContain(obs!.password);
  });

  it('refuses a wrong password with OBS_AUTH_FAILED and stops trying', async () => {
    harness = new ObsHarness();
    const error = await failure(harness.connect(obs!, 'not-the-password'));
    expect(error.code).toBe('OBS_AUTH_FAILED');
    const status = await harness.handlers['obs.getStatus']({});
    expect(status).toMatchObject({ state: 'failed', error: { code: 'OBS_AUTH_FAILED' } });
  });

  it('says OBS is not running when nothing listens on the port', async () => {
    harness = new ObsHarness();
    const port = await unusedPort();
    const started = Date.now();
    const error = await failure(harness.connect({ ...obs!, port }));
    expect(error.code).toBe('OBS_NOT_RUNNING');
    expect(Date.now() - started).toBeLessThan(6000);
  });

  it('answers OBS_NOT_CONNECTED instead of waiting when there is no connection', async () => {
    harness = new ObsHarness();
    const error = await failure(Promise.resolve().then(() => harness.handlers['obs.getScenes']({})));
    expect(error.code).toBe('OBS_NOT_CONNECTED');
  });
});
