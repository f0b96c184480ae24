import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverlayProduct } from '../../../app/contract/obs-schemas';
import { overlayTemplate } from './overlay/overlay-template';
import { noObsReason, ObsHarness, realObs } from './testing/obs-harness';

const obs = realObs();
if (!obs) console.warn(`skipping OBS overlay tests: ${noObsReason}`);

const liveScene = 'Linli 直播';
const eggs: OverlayProduct = {
  title: '土鸡蛋 30枚',
  price: '¥39.9',
  stock: '仅剩 12 件',
  highlight: '散养 180 天',
  imagePng: null,
  countdownEndsAt: null,
  countdownLabel: '限时',
};

describe.skipIf(!obs)('the Linli overlay in a real OBS', () => {
  const harness = new ObsHarness();
  beforeAll(() => harness.connect(obs!));
  afterAll(() => harness.dispose());

  const programShot = async () => {
    const link = harness.service.connection.link();
    const { currentProgramSceneName } = await link.call('GetCurrentProgramScene');
    const shot = await link.call(
      'GetSourceScreenshot',
      { sourceName: currentProgramSceneName, imageFormat: 'png', imageWidth: 640 },
      20_000,
    );
    return shot.imageData;
  };

  /** OBS redraws text on its next video tick; give it a few frames, then the picture must have changed. */
  const changedShot = async (previous: string) => {
    for (let tries = 0; tries < 20; tries += 1) {
      const shot = await programShot();
      if (shot !== previous) return shot;
      await new Promise((wake) => setTimeout(wake, 100));
    }
    throw new Error('the program picture did not change');
  };

  it('installs the scene set once: a second install creates nothing', async () => {
    const link = harness.service.connection.link();
    const first = await harness.handlers['obs.installOverlay']({ addToScenes: ['Scene'] });
    const inputsAfterFirst = (await link.call('GetInputList')).inputs.length;
    const scenesAfterFirst = (await link.call('GetSceneList')).scenes.length;
    const second = await harness.handlers['obs.installOverlay']({ addToScenes: ['Scene'] });
    expect(second.created).toEqual([]);
    expect(second.existing).toEqual(
      expect.arrayContaining([...overlayTemplate.inputs.map((input) => input.name)]),
    );
    expect(first.created.length + first.existing.length).toBeGreaterThan(0);
    expect((await link.call('GetInputList')).inputs.length).toBe(inputsAfterFirst);
    expect((await link.call('GetSceneList')).scenes.length).toBe(scenesAfterFirst);
    const items = await link.call('GetSceneItemList', { sceneName: 'Scene' });
    expect(
      items.sceneItems.filter((item) => item['sourceName'] === overlayTemplate.overlayScene),
    ).toHaveLength(1);
  });

  it('switches scenes and reports the switch as an event', async () => {
    const since = Date.now();
    const scenes = await harness.handlers['obs.setScene']({ sceneName: liveScene, target: 'auto' });
    expect(scenes.program).toBe(liveScene);
    expect(scenes.scenes).toEqual(expect.arrayContaining(['Scene', liveScene, 'Linli 暂停']));
    const event = await harness.waitFor(
      'obs.scenesChanged',
      (payload) => payload.program === liveScene,
      5000,
      since,
    );
    expect(event.program).toBe(liveScene);
  });

  it('changes what is on air when the product changes', async () => {
    await harness.handlers['obs.setScene']({ sceneName: liveScene, target: 'program' });
    await harness.handlers['obs.hideProduct']({});
    const before = await programShot();
    await harness.handlers['obs.showProduct'](eggs);
    const withEggs = await changedShot(before);
    await harness.handlers['obs.showProduct']({ ...eggs, title: '有机菠菜 500g', price: '¥6.5' });
    await changedShot(withEggs);
    const title = await harness.service.connection
      .link()
      .call('GetInputSettings', { inputName: 'Linli 商品名' });
    expect(title.inputSettings['text']).toBe('有机菠菜 500g');
  });

  it('counts down on the overlay while an offer runs', async () => {
    await harness.handlers['obs.showProduct']({ ...eggs, countdownEndsAt: Date.now() + 65_000 });
    const read = async () =>
      (await harness.service.connection.link().call('GetInputSettings', { inputName: 'Linli 倒计时' }))
        .inputSettings['text'];
    const first = await read();
    expect(first).toMatch(/^限时 01:0[45]$/);
    await new Promise((wake) => setTimeout(wake, 2200));
    expect(await read()).not.toBe(first);
  });

  it('shows and hides the host note', async () => {
    const link = harness.service.connection.link();
    await harness.handlers['obs.setNote']({ text: '下单请报编号' });
    const { sceneItemId } = await link.call('GetSceneItemId', {
      sceneName: overlayTemplate.overlayScene,
      sourceName: 'Linli 主播提示',
    });
    const enabled = () =>
      link.call('GetSceneItemEnabled', { sceneName: overlayTemplate.overlayScene, sceneItemId });
    expect((await enabled()).sceneItemEnabled).toBe(true);
    await harness.handlers['obs.setNote']({ text: '' });
    expect((await enabled()).sceneItemEnabled).toBe(false);
  });
});
