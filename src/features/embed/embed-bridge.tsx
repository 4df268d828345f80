import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { parentOrigins, parseIncoming, PROTOCOL_VERSION, type OutgoingMessage } from '../../lib/embed-messages';
import { normalizeTraceId } from '../../model/ids';
import { useAdapter, useAppConfig } from '../../state/server/app-config';
import { traceQueryOptions } from '../../state/server/trace-query';
import { SOURCE_PARAM } from '../../state/url/source-param';

const TRACE_PATH = /^\/trace\/([^/]+)\/?$/;

function ancestorOrigin(): string | null {
  const list = (window.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return list && list.length > 0 ? list.item(0) : null;
}

/**
 * Talks to the embedding page (lib/embed-messages has the protocol): announces itself, the
 * selected span and size changes; listens only for `tracescope:select-span` from the parent
 * window at the parent's origin. Renders nothing. Mounted in embed mode only.
 */
export function EmbedBridge({ appRef, pinnedOrigin }: { appRef: React.RefObject<HTMLElement | null>; pinnedOrigin: string | null }) {
  const location = useLocation();
  const navigate = useNavigate();
  const config = useAppConfig();
  const inFrame = window.parent !== window;
  const origins = useMemo(
    () => parentOrigins(pinnedOrigin, document.referrer, ancestorOrigin()),
    [pinnedOrigin],
  );
  const post = useMemo(
    () => (message: OutgoingMessage) => {
      if (inFrame) window.parent.postMessage(message, origins.target);
    },
    [inFrame, origins],
  );

  // The trace shown, from the cache the trace page fills (no second request).
  const params = new URLSearchParams(location.search);
  const rawId = TRACE_PATH.exec(location.pathname)?.[1];
  const traceId = rawId ? (normalizeTraceId(decodeURIComponent(rawId)) ?? rawId) : '';
  const sourceId = params.get(SOURCE_PARAM) ?? '';
  const adapter = useAdapter(sourceId || config.defaultSource);
  const trace = useQuery({ ...traceQueryOptions(adapter, traceId), enabled: traceId !== '' && sourceId !== '' }).data;
  const spanUid = params.get('span');

  useEffect(() => {
    post({ type: 'tracescope:ready', version: PROTOCOL_VERSION, path: window.location.pathname + window.location.search });
    // Once per page load: later navigation inside the frame is not a new start.
  }, []);

  const lastSent = useRef<string | null>(null);
  useEffect(() => {
    if (!trace) return;
    const index = spanUid === null ? undefined : trace.byUid.get(spanUid);
    const span = index === undefined ? null : trace.spans[index];
    const key = `${trace.traceId}|${span?.uid ?? ''}`;
    if (lastSent.current === key || (lastSent.current === null && !span)) {
      lastSent.current = key;
      return;
    }
    lastSent.current = key;
    post({
      type: 'tracescope:span-selected',
      version: PROTOCOL_VERSION,
      traceId: trace.traceId,
      span: span ? { uid: span.uid, spanId: span.spanId, name: span.name, service: span.service } : null,
    });
  }, [trace, spanUid, post]);

  useEffect(() => {
    const el = appRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last = '';
    const observer = new ResizeObserver(() => {
      const width = Math.round(el.scrollWidth);
      const height = Math.round(el.scrollHeight);
      const key = `${width}x${height}`;
      if (key === last) return;
      last = key;
      post({ type: 'tracescope:resize', version: PROTOCOL_VERSION, width, height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [appRef, post]);

  // Latest location for the listener without re-subscribing on every navigation.
  const locationRef = useRef(location);
  locationRef.current = location;
  useEffect(() => {
    if (!inFrame || origins.accept === null) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || event.origin !== origins.accept) return;
      const request = parseIncoming(event.data);
      if (!request) return;
      const loc = locationRef.current;
      if (!TRACE_PATH.test(loc.pathname)) return;
      const next = new URLSearchParams(loc.search);
      next.set('span', request.uid);
      navigate({ pathname: loc.pathname, search: `?${next.toString()}` }, { replace: true, state: loc.state });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [inFrame, origins, navigate]);

  return null;
}
