/**
 * OBS benchmark: round trips to the real OBS that scripts/obs-ci.sh runs, through the app's own OBS service
 * (the harness builds it as composition.ts does). Per round: a no-op request (GetVersion, the baseline the
 * ratios are quoted against), one overlay text change (SetInputSettings), the whole obs.showProduct handler,
 * and an obs.setScene between the Linli live and pause scenes plus the wait for its obs.scenesChanged event.
 * Figures go to stdout, one per line; progress goes to stderr. It takes about two minutes, as every round
 * waits for OBS's scene transition to end.
 *
 *   scripts/obs-ci.sh start && npx tsx bench/obs.ts
 *
 * Handlers are called directly: the renderer's IPC hop and the RPC server's parameter check are not in the
 * figures. It switches the program scene of that OBS (and puts the one it found back at the end), so it
 * measures nothing useful while the OBS tests run against it too. It reports and never gates: missed
 * targets print FAIL and the exit code stays 0 (errors exit 1, no OBS exits 2).
 */
import { rm } from 'node:fs/promises';
import { isAppError } from '../app/contract/errors';
import type { OverlayProduct } from '../app/contract/obs-schemas';
import { noObsReason, ObsHarness, realObs, type RealObs } from '../main/services/obs/testing/obs-harness';
import {
  liveScene,
  pauseScene,
  priceInput,
  quickKinds,
  report,
  type QuickKind,
  type Run,
  type Samples,
} from './lib/obs-figures';
import { runBenchmark } from './lib/run-bench';
import { formatTarget } from './lib/report';

const settings = {
  rounds: 200,
  warmup: 20,
  targetMs: 50,
  /** Added to the transition's length when waiting for obs.scenesChanged. */
  eventGraceMs: 2000,
  /** OBS reports a transition's end up to a few dozen ms after the program change. */
  settleMs: 100,
};

const noObsExitCode = 2;

const sleep = (ms: number) => new Promise<void>((wake) => setTimeout(wake, ms));

/** Handlers may answer synchronously (the RPC server accepts both), so `run` need not return a promise. */
async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** A new price every round, so every update is a real change, as the owner's are. */
function priceText(round: number): string {
  return `¥${(round % 90) + 10}.9`;
}

function product(round: number): OverlayProduct {
  return {
    title: '土鸡蛋 30枚',
    // Unlike the lone price update of the same round, so neither one re-sends the text already shown.
    price: `${priceText(round)} 起`,
    stock: `仅剩 ${(round % 50) + 1} 件`,
    highlight: '散养 180 天',
    imagePng: null,
    // A running countdown would add the service's own per-second SetInputSettings to the measured rounds.
    countdownEndsAt: null,
    countdownLabel: '限时',
  };
}

/** The harness's connect, with "nothing answers" told apart from real failures: that one exits 2. */
async function connect(harness: ObsHarness, obs: RealObs): Promise<boolean> {
  try {
    await harness.connect(obs);
    return true;
  } catch (error) {
    if (!isAppError(error) || error.code !== 'OBS_NOT_RUNNING') throw error;
    console.error(`[bench] ${error.message}`);
    console.error(`[bench] ${noObsReason}`);
    return false;
  }
}

async function measure(harness: ObsHarness, restoreLater: (scene: string) => void): Promise<Run> {
  const link = () => harness.service.connection.link();
  console.error('[bench] installing the Linli overlay (creates only what is missing)');
  await harness.handlers['obs.installOverlay']({ addToScenes: [] });
  const transition = await link().call('GetCurrentSceneTransition');
  // Typed as a number, but obs-websocket sends null for a fixed transition such as Cut.
  const transitionMs = transition.transitionDuration ?? 0;
  const { currentProgramSceneName: before } = await link().call('GetCurrentProgramScene');
  restoreLater(before);
  let onAir = before;

  const samples: Samples = { noop: [], overlayUpdate: [], showProduct: [], sceneSwitch: [], sceneEvent: [] };
  const wrongScenes: string[] = [];
  let missedEvents = 0;
  const total = settings.warmup + settings.rounds;
  console.error(
    `[bench] ${settings.warmup} warm-up and ${settings.rounds} measured rounds (scene transition: ${transition.transitionName} ${transitionMs} ms)`,
  );
  // The figures are interleaved rather than run as separate loops, so drift in OBS or the machine over the
  // run lands on the baseline and the measured requests alike.
  let lastPrice = '';
  for (let round = 0; round < total; round += 1) {
    const quick: Record<QuickKind, () => unknown> = {
      noop: () => link().call('GetVersion'),
      overlayUpdate: () => {
        lastPrice = priceText(round);
        return link().call('SetInputSettings', { inputName: priceInput, inputSettings: { text: lastPrice } });
      },
      showProduct: () => {
        const shown = product(round);
        lastPrice = shown.price;
        return harness.handlers['obs.showProduct'](shown);
      },
    };
    // The first request after the previous round's pause is slower than the ones right behind it; taking
    // turns at going first spreads that evenly over the three figures.
    const turn = round % quickKinds.length;
    const times = new Map<QuickKind, number>();
    for (const kind of [...quickKinds.slice(turn), ...quickKinds.slice(0, turn)])
      times.set(kind, await timed(quick[kind]));

    // Setting the scene that is already on air changes nothing and sends no event to wait for.
    const sceneName = onAir === liveScene ? pauseScene : liveScene;
    // The harness stamps events with Date.now(), so the event's delay is read on that clock (1 ms steps).
    const since = Date.now();
    const start = performance.now();
    const scenes = await harness.handlers['obs.setScene']({ sceneName, target: 'program' });
    const sceneSwitch = performance.now() - start;
    onAir = scenes.program ?? sceneName;
    let eventMs: number | null = null;
    if (scenes.program !== sceneName) wrongScenes.push(`${sceneName} → ${scenes.program ?? 'none'}`);
    else
      try {
        const event = await harness.waitFor(
          'obs.scenesChanged',
          (payload) => payload.program === sceneName,
          transitionMs + settings.eventGraceMs,
          since,
        );
        eventMs = event.seenAt - since;
      } catch {
        // Another client of this OBS (the OBS tests) putting our scene on air first leaves no change to
        // report; counted below rather than ending the run.
        missedEvents += 1;
      }
    // The next round must not switch while this transition still runs: that would time OBS cutting a
    // transition short, which is not what an owner's switch costs.
    await sleep(Math.max(0, start + transitionMs + settings.settleMs - performance.now()));

    if (round < settings.warmup) continue;
    for (const [kind, ms] of times) samples[kind].push(ms);
    samples.sceneSwitch.push(sceneSwitch);
    if (eventMs !== null) samples.sceneEvent.push(eventMs);
    if ((round - settings.warmup + 1) % 50 === 0)
      console.error(`[bench] ${round - settings.warmup + 1}/${settings.rounds} rounds`);
  }

  // A benchmark of requests that did not take effect is worthless: read the last ones back.
  const warnings: string[] = [];
  const shown = (await link().call('GetInputSettings', { inputName: priceInput })).inputSettings['text'];
  if (shown !== lastPrice) warnings.push(`${priceInput} shows ${JSON.stringify(shown)}, not ${lastPrice}`);
  if (wrongScenes.length > 0)
    warnings.push(`${wrongScenes.length} scene switches reported another program, first: ${wrongScenes[0]}`);
  if (missedEvents > 0)
    warnings.push(
      `${missedEvents} scene switches sent no obs.scenesChanged within ${transitionMs + settings.eventGraceMs} ms: another client switching scenes on this OBS?`,
    );
  const status = harness.service.connection.status;
  return {
    samples,
    transition: { name: transition.transitionName, ms: transitionMs },
    obsVersion: `OBS ${status.obsVersion ?? '?'}, obs-websocket ${status.webSocketVersion ?? '?'}`,
    warnings,
  };
}

async function main(): Promise<void> {
  const obs = realObs();
  if (!obs) {
    console.error(`[bench] ${noObsReason}`);
    process.exitCode = noObsExitCode;
    return;
  }
  await runBenchmark(async (cleanup) => {
    const harness = new ObsHarness();
    cleanup.add('OBS service', async () => {
      await harness.dispose();
      // The harness's data folder holds the OBS password the service saved.
      await rm(harness.dataDir, { recursive: true, force: true });
    });
    if (!(await connect(harness, obs))) {
      process.exitCode = noObsExitCode;
      return;
    }
    // Others share this OBS: it goes back to the scene it showed, with the bench's product card hidden.
    const restoreLater = (scene: string) =>
      cleanup.add('program scene', async () => {
        await harness.handlers['obs.hideProduct']({});
        await harness.handlers['obs.setScene']({ sceneName: scene, target: 'program' });
      });
    const run = await measure(harness, restoreLater);
    const { lines, targets } = report(run, settings.targetMs);
    for (const line of lines) console.log(line);
    for (const warning of run.warnings) console.log(`WARNING ${warning}`);
    console.log('');
    for (const target of targets) console.log(formatTarget(target));
  });
}

await main();
