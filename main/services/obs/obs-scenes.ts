import type { ObsScenes } from '../../../app/contract/obs-schemas';
import { textField, type ObsCaller } from './obs-link';

/** Scenes in the order OBS's own scene list shows them (the protocol lists them bottom-up). */
export async function readScenes(obs: ObsCaller): Promise<ObsScenes> {
  const [list, studio] = await Promise.all([obs.call('GetSceneList'), obs.call('GetStudioModeEnabled')]);
  const scenes = [...list.scenes]
    .sort((a, b) => Number(b['sceneIndex']) - Number(a['sceneIndex']))
    .map((scene) => textField(scene, 'sceneName'));
  return {
    scenes,
    program: list.currentProgramSceneName || null,
    preview: studio.studioModeEnabled ? list.currentPreviewSceneName || null : null,
    studioMode: studio.studioModeEnabled,
  };
}

/** With studio mode on, a scene goes to preview first unless the owner asks for program directly. */
export async function setScene(
  obs: ObsCaller,
  sceneName: string,
  target: 'auto' | 'program' | 'preview',
): Promise<ObsScenes> {
  const { studioModeEnabled } = await obs.call('GetStudioModeEnabled');
  const toPreview = studioModeEnabled && target !== 'program';
  if (toPreview) await obs.call('SetCurrentPreviewScene', { sceneName });
  else await obs.call('SetCurrentProgramScene', { sceneName });
  return readScenes(obs);
}
