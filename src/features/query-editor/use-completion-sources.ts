import { useMemo, useState } from 'react';
import { resolveField } from '../../query-lang/fields';
import { conjuncts } from '../../query-lang/conjuncts';
import { parseQuery } from '../../query-lang/parse';
import { useAdapter } from '../../state/server/app-config';
import { useCachedTraces } from '../../state/server/cached-traces';
import { useOperations, useServices, useTagKeys, useTagValues } from '../../state/server/search-query';
import { attributeCatalog, type AttributeCatalog } from './attribute-catalog';
import type { CompletionSources } from './complete';

const EMPTY_CATALOG: AttributeCatalog = { keys: [], values: new Map() };

/** The `service=` of a query, for listing its operations (null when none or it does not parse). */
function serviceOf(text: string): string | null {
  try {
    for (const t of conjuncts(parseQuery(text))) {
      if (t.type === 'compare' && t.field.kind === 'service' && t.op === '=' && t.value.type === 'string') return t.value.value;
    }
  } catch {
    const m = /(?:^|\s)service\s*=\s*(?:"([^"]*)"|([^\s()"]+))/.exec(text);
    return m ? (m[1] ?? m[2] ?? null) : null;
  }
  return null;
}

/**
 * Keys and values for the editor's suggestions: services and operations (every source),
 * the source's tag endpoints (Tempo, Zipkin, demo), and attributes seen in loaded traces.
 * Fetches only what the cursor needs: values for the key being completed.
 */
export function useCompletionSources(sourceId: string, text: string, active: boolean, valueKey: string | null) {
  const adapter = useAdapter(sourceId);
  const readTraces = useCachedTraces(sourceId);
  const [catalog, setCatalog] = useState<AttributeCatalog>(EMPTY_CATALOG);
  const field = valueKey === null ? null : resolveField(valueKey);
  const services = useServices(sourceId);
  const service = field?.kind === 'operation' ? serviceOf(text) : null;
  const operations = useOperations(sourceId, service);
  const tagKeys = useTagKeys(sourceId, active);
  const attrKey = field?.kind === 'attr' ? field.key : null;
  const tagValues = useTagValues(sourceId, attrKey);

  /** Re-reads the cache when the editor gains focus: new traces may have loaded since. */
  const refresh = () => setCatalog(attributeCatalog(readTraces()));

  const sources = useMemo<CompletionSources>(() => {
    // Tempo lists its intrinsics (name, status…) bare: the language has its own fields for them.
    const sourceKeys = (tagKeys.data ?? []).filter((k) => adapter.config.type !== 'tempo' || k.includes('.'));
    const keys = [...new Set([...sourceKeys, ...catalog.keys])];
    return {
      keys,
      valuesFor: (key) => {
        const f = resolveField(key);
        if (f.kind === 'service') return services.data ?? [];
        if (f.kind === 'operation') return (operations.data ?? []).map((o) => o.name);
        if (f.kind !== 'attr') return [];
        return [...(f.key === attrKey ? (tagValues.data ?? []) : []), ...(catalog.values.get(f.key) ?? [])];
      },
    };
  }, [adapter.config.type, tagKeys.data, catalog, services.data, operations.data, tagValues.data, attrKey]);

  return { sources, refresh };
}
