export const areas = [
  'orders',
  'members',
  'campaigns',
  'live',
  'copilot',
  'courses',
  'insights',
  'settings',
] as const;
export type Area = (typeof areas)[number];

export function areaFromHash(hash: string): Area {
  const name = hash.replace(/^#\/?/, '').split(/[/?&]/)[0] ?? '';
  return (areas as readonly string[]).includes(name) ? (name as Area) : 'orders';
}
