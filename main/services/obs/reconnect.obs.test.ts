import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../app/contract/errors';
import { noObsReason, obsCi, ObsHarness, realObs } from './testing/obs-harness';

const obs = realObs();
if (!obs) console.warn(`skipping OBS reconnect tests: ${noObsReason}`);

const callTimeoutMs = 2000;

describe.skipIf(!obs)('OBS dies in the middle of a live and comes back', () => {
  const harness = new ObsHarness();
  beforeAll(async () => {
    await harness.connect(obs!);
    await harness.handlers['obs.saveConfig']({ host: obs!.host, port: obs!.port, autoConnect: true });
    await harness.handlers['obs.connect']({});
    await harness.handlers['obs.installOverlay']({ addToScenes: [] });
  });
  afterAll(async () => {
    if (obsCi('status').trim() !== 'running') obsCi('start');
    await harness.dispose();
  });

  it('goes reconnecting, fails every call within its timeout, and is back within 5 s of OBS with the overlay', async () => {
    const link = harness.service.connection.link();
    const since = Date.now();
    obsCi('kill');
    const inFlight = Array.from({ length: 10 }, () =>
      link.call('GetStats', undefined, callTimeoutMs).then(
        () => ({ settledAt: Date.now(), error: null }),
        (error: unknown) => ({ settledAt: Date.now(), error }),
      ),
    );
    const settled = await Promise.all(inFlight);
    for (const result of settled) {
      expect(result.error).toBeInstanceOf(AppError);
      expect(['OBS_NOT_CONNECTED', 'OBS_TIMEOUT']).toContain((result.error as AppError).code);
      expect(result.settledAt - since).toBeLessThan(callTimeoutMs + 500);
    }
    await harness.waitFor('obs.statusChanged', (status) => status.state === 'reconnecting', 5000, since);
    const refused = await Promise.resolve()
      .then(() => harness.handlers['obs.getScenes']({}))
      .catch((error: unknown) => error);
    expect((refused as AppError).code).toBe('OBS_NOT_CONNECTED');

    obsCi('start');
    const upAt = Date.now();
    const back = await harness.waitFor(
      'obs.statusChanged',
      (status) => status.state === 'connected',
      10_000,
      upAt,
    );
    expect(back.seenAt - upAt).toBeLessThan(5000);

    await harness.waitFor(
      'obs.scenesChanged',
      (scenes) => scenes.scenes.includes('Linli 直播'),
      10_000,
      upAt,
    );
    await harness.handlers['obs.showProduct']({
      title: '有机菠菜',
      price: '¥6.5',
      stock: '仅剩 3 件',
      highlight: '当天采摘',
      imagePng: null,
      countdownEndsAt: null,
      countdownLabel: '',
    });
    const title = await harness.service.connection
      .link()
      .call('GetInputSettings', { inputName: 'Linli 商品名' });
    expect(title.inputSettings['text']).toBe('有机菠菜');
  });
});
