import type { OverlayInstall } from '../../../../app/contract/obs-schemas';
import { textField, type JsonObject, type ObsCaller } from '../obs-link';
import { inputSpec, pickTextKind, type OverlayTemplate, type TemplateItem } from './overlay-template';

/** OBS's status for "no such resource" (obs-websocket RequestStatus.ResourceNotFound). */
const resourceNotFound = 600;

export interface InstallOptions {
  template: OverlayTemplate;
  platform: string;
  /** Owner scenes (their camera scene…) that should also carry the overlay on top. */
  addToScenes: readonly string[];
}

async function sceneItemId(obs: ObsCaller, sceneName: string, sourceName: string): Promise<number | null> {
  try {
    return (await obs.call('GetSceneItemId', { sceneName, sourceName })).sceneItemId;
  } catch (error) {
    if ((error as { details?: { status?: number } }).details?.status === resourceNotFound) return null;
    throw error;
  }
}

async function place(
  obs: ObsCaller,
  sceneName: string,
  sceneItemId: number,
  item: TemplateItem,
): Promise<void> {
  const bounds: JsonObject =
    item.boxWidth && item.boxHeight
      ? { boundsType: 'OBS_BOUNDS_SCALE_INNER', boundsWidth: item.boxWidth, boundsHeight: item.boxHeight }
      : {};
  await obs.call('SetSceneItemTransform', {
    sceneName,
    sceneItemId,
    sceneItemTransform: { positionX: item.x, positionY: item.y, ...bounds },
  });
}

/**
 * Creates the Linli scenes and sources from the template, and only what is missing: running it twice
 * creates nothing twice, and sources the owner moved keep their place.
 */
export async function installOverlay(obs: ObsCaller, options: InstallOptions): Promise<OverlayInstall> {
  const { template } = options;
  const created: string[] = [];
  const existing: string[] = [];
  const textKind = pickTextKind((await obs.call('GetInputKindList', { unversioned: false })).inputKinds);
  const face = template.fonts[options.platform] ?? template.fonts['linux'] ?? 'Sans';
  const scenes = new Set(
    (await obs.call('GetSceneList')).scenes.map((scene) => textField(scene, 'sceneName')),
  );
  const inputs = new Set(
    (await obs.call('GetInputList')).inputs.map((input) => textField(input, 'inputName')),
  );

  for (const scene of template.scenes) {
    if (scenes.has(scene.name)) existing.push(scene.name);
    else {
      await obs.call('CreateScene', { sceneName: scene.name });
      scenes.add(scene.name);
      created.push(scene.name);
    }
    for (const item of scene.items) {
      const input = template.inputs.find((candidate) => candidate.name === item.source);
      if (input && !inputs.has(input.name)) {
        const spec = inputSpec(input, textKind, face);
        const { sceneItemId } = await obs.call('CreateInput', {
          sceneName: scene.name,
          inputName: input.name,
          ...spec,
          sceneItemEnabled: true,
        });
        inputs.add(input.name);
        created.push(input.name);
        await place(obs, scene.name, sceneItemId, item);
        continue;
      }
      if ((await sceneItemId(obs, scene.name, item.source)) !== null) continue;
      const { sceneItemId: added } = await obs.call('CreateSceneItem', {
        sceneName: scene.name,
        sourceName: item.source,
      });
      created.push(`${scene.name} › ${item.source}`);
      await place(obs, scene.name, added, item);
    }
  }
  for (const sceneName of options.addToScenes) {
    if (sceneName === template.overlayScene || !scenes.has(sceneName)) continue;
    if ((await sceneItemId(obs, sceneName, template.overlayScene)) !== null) continue;
    await obs.call('CreateSceneItem', { sceneName, sourceName: template.overlayScene });
    created.push(`${sceneName} › ${template.overlayScene}`);
  }
  for (const input of template.inputs) if (!created.includes(input.name)) existing.push(input.name);
  return { created, existing, scenes: template.scenes.map((scene) => scene.name) };
}
