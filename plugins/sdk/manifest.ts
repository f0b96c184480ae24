/**
 * The manifest a course plugin ships (`manifest.json`). Plugins are written against this SDK only; the
 * host grants each permission it declares and nothing else.
 */
export const pluginPermissions = [
  'metrics:read',
  'checklists:write',
  'rundowns:propose',
  'notifications:show',
] as const;

export type PluginPermission = (typeof pluginPermissions)[number];

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  trainerId: string;
  keyId: string;
  minAppVersion: string;
  permissions: PluginPermission[];
  entry: { logic?: string; ui?: string };
}
