import { useEffect, useState } from 'react';
import { areaFromHash, type Area } from './areas';

/** The open area lives in the URL hash, so a reload (or a bookmark) returns to the same screen. */
export function useArea(): Area {
  const [area, setArea] = useState<Area>(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return area;
}
