import { useEffect, useState } from 'react';
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
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => {
        findAttributeKeys(trace, () => true);
        setFound(trace);
      }, 0);
      return () => clearTimeout(timer);
    }
    let idle = 0;
    const step = (deadline: IdleDeadline) => {
      // A page busy for a second still gets a few ms of counting per second.
      const until = performance.now() + (deadline.didTimeout ? 5 : 0);
      const keepGoing = () => deadline.timeRemaining() > 2 || performance.now() < until;
      if (findAttributeKeys(trace, keepGoing) === undefined) {
        idle = requestIdleCallback(step, { timeout: 1000 });
      } else setFound(trace);
    };
    idle = requestIdleCallback(step, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [trace]);
  return knownAttributeKeys(trace) ?? NONE;
}
