import { useEffect, useState } from 'react';
import { inIdleSlices } from '../../lib/idle-slices';
import type { Trace } from '../../model/types';
import { findAttributeKeys, knownAttributeKeys, type AttributeKeyCount } from './attribute-keys';

const NONE: readonly AttributeKeyCount[] = [];

/**
 * The trace's attribute keys for the "group by" picker, counted in slices of idle time after
 * the statistics are drawn: on 100k spans the count takes ~70 ms, which opening the view
 * should not wait for, nor make one long task of. Until then the picker offers the other
 * groupings.
 */
export function useAttributeKeys(trace: Trace): readonly AttributeKeyCount[] {
  const [, setFound] = useState<Trace | null>(null);
  useEffect(() => {
    if (knownAttributeKeys(trace) !== undefined) return undefined;
    return inIdleSlices(
      (keepGoing) => {
        const done = findAttributeKeys(trace, keepGoing) !== undefined;
        if (done) setFound(trace);
        return done;
      },
      // A page busy for a second still gets a few ms of counting per second.
      { timeoutMs: 1000 },
    );
  }, [trace]);
  return knownAttributeKeys(trace) ?? NONE;
}
