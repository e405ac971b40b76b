/**
 * For map sources and layers with nothing to draw at start (a region, a selection ring, a "may be within" ring): true
 * from the first time `needed` is true, and from then on. Until then the component adds no source or layer, so the
 * first load lays out none; once added it stays, so hovering or filtering does not add and remove it.
 */
import { useEffect, useState } from 'react';

export function useOnceNeeded(needed: boolean): boolean {
  const [kept, setKept] = useState(needed);
  useEffect(() => {
    if (needed) setKept(true);
  }, [needed]);
  return needed || kept;
}
