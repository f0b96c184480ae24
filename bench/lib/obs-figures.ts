/** The OBS benchmark's samples and how they print: figures per kind, ratios over the no-op request. */
import { cpus, loadavg } from 'node:os';
import { formatFigure, formatNumber, ratio, type Figure, type Target } from './report';
import { summarize, type Summary } from './stats';

/** The overlay's price text and the two full-screen scenes, all created by obs.installOverlay. */
export const priceInput = 'Linli 价格';
export const liveScene = 'Linli 直播';
export const pauseScene = 'Linli 暂停';

/** The quick figures of a round; the scene switch always comes last, as it starts a transition. */
export const quickKinds = ['noop', 'overlayUpdate', 'showProduct'] as const;
export type QuickKind = (typeof quickKinds)[number];
export type Samples = Record<QuickKind | 'sceneSwitch' | 'sceneEvent', number[]>;

export interface Run {
  samples: Samples;
  transition: { name: string; ms: number };
  obsVersion: string;
  warnings: string[];
}

/** p50 and p95, each also as a multiple of the no-op request's figure from the same rounds. */
function latencyFigures(name: string, summary: Summary, noop: Summary, note: string): Figure[] {
  const n = `n=${summary.n}`;
  return [
    { name: `${name}.p50`, value: summary.p50, unit: 'ms', note: `${n}, ${note}` },
    {
      name: `${name}.p95`,
      value: summary.p95,
      unit: 'ms',
      note: `${n}, worst ${formatNumber(summary.max)} ms`,
    },
    {
      name: `${name}.p50_vs_noop`,
      value: ratio(summary.p50, noop.p50),
      unit: 'x',
      note: 'over GetVersion p50',
    },
    {
      name: `${name}.p95_vs_noop`,
      value: ratio(summary.p95, noop.p95),
      unit: 'x',
      note: 'over GetVersion p95',
    },
  ];
}

export function report(run: Run, targetMs: number): { lines: string[]; targets: Target[] } {
  const noop = summarize(run.samples.noop);
  const overlayUpdate = summarize(run.samples.overlayUpdate);
  const showProduct = summarize(run.samples.showProduct);
  const sceneSwitch = summarize(run.samples.sceneSwitch);
  // Empty only when every switch was disturbed; the warnings say so.
  const sceneEvent = run.samples.sceneEvent.length > 0 ? summarize(run.samples.sceneEvent) : null;
  const figures: Figure[] = [
    {
      name: 'obs.noop.p50',
      value: noop.p50,
      unit: 'ms',
      note: `n=${noop.n}, GetVersion through the app's ObsLink; ${run.obsVersion}`,
    },
    {
      name: 'obs.noop.p95',
      value: noop.p95,
      unit: 'ms',
      note: `n=${noop.n}, worst ${formatNumber(noop.max)} ms`,
    },
    ...latencyFigures('obs.overlay_update', overlayUpdate, noop, `one SetInputSettings on ${priceInput}`),
    ...latencyFigures(
      'obs.show_product',
      showProduct,
      noop,
      'the obs.showProduct handler: five texts, then seven visibility changes',
    ),
    ...latencyFigures(
      'obs.scene_switch',
      sceneSwitch,
      noop,
      `the obs.setScene handler to program, ${liveScene} ⇄ ${pauseScene}`,
    ),
    ...(sceneEvent
      ? latencyFigures(
          'obs.scene_switch_event',
          sceneEvent,
          noop,
          `from obs.setScene until obs.scenesChanged shows the new program, 1 ms steps; OBS sends it once the ${run.transition.name} transition is over`,
        )
      : []),
    {
      name: 'obs.scene_transition',
      value: run.transition.ms,
      unit: 'ms',
      note: `${run.transition.name}, OBS's current scene transition`,
    },
  ];
  // Other work on the machine (obs-ci.sh's OBS renders in software) shows up in every figure.
  const [load = 0] = loadavg();
  const lines = [
    ...figures.map(formatFigure),
    `host_load ${load.toFixed(2)} tasks (1-minute load average at the end, on ${cpus().length} CPUs)`,
  ];
  const target = (name: string, summary: Summary): Target => ({
    name,
    value: summary.p95,
    limit: targetMs,
    bound: '<',
    unit: 'ms',
  });
  // No target on the event: it waits out OBS's transition, which the owner chose and the app cannot speed up.
  return {
    lines,
    targets: [
      target('obs.overlay_update.p95', overlayUpdate),
      target('obs.show_product.p95', showProduct),
      target('obs.scene_switch.p95', sceneSwitch),
    ],
  };
}
