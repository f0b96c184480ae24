const storageKey = 'linli.sessionToken';

/**
 * The browser mode's launch URL carries the token in its fragment (never sent to a server). It is moved
 * into sessionStorage, which survives reloads of this tab, and wiped from the address bar.
 */
export function takeSessionToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(storageKey, decodeURIComponent(match[1]));
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  return storage.getItem(storageKey);
}
