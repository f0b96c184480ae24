import { useEffect, useState } from 'react';

/** The second segment of the hash (`#/orders/desk` → `desk`), so a reload keeps the owner on the same tab. */
export function subTabFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split('/')[1]?.split(/[?&]/)[0] ?? '';
}

export function useSubTab<T extends string>(tabs: readonly T[]): T {
  const read = (): T => {
    const tab = subTabFromHash(window.location.hash);
    return (tabs as readonly string[]).includes(tab) ? (tab as T) : (tabs[0] as T);
  };
  const [tab, setTab] = useState<T>(read);
  useEffect(() => {
    const onChange = () => setTab(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return tab;
}
