// Test support: a readable text dump of built traces (after speedscope's test-utils), one
// line per span indented by depth, for file snapshots of every real payload.
import type { Span, Trace } from '../../model/types';

function us(n: number): string {
  return `${Math.round(n * 1000) / 1000}µs`;
}

function spanLine(span: Span, traceStart: number): string {
  const parts = [`${'  '.repeat(span.depth)}${span.service || '(no service)'}: ${span.name || '(no name)'}`];
  parts.push(`[+${us(span.startUs - traceStart)} ${us(span.durationUs)}]`);
  if (span.kind !== 'unspecified') parts.push(span.kind);
  if (span.status.code !== 'unset') parts.push(span.status.message ? `${span.status.code}(${span.status.message})` : span.status.code);
  if (span.uid !== span.spanId) parts.push(`uid=${span.uid}`);
  if (span.events.length > 0) parts.push(`events=${span.events.length}`);
  if (span.links.length > 0) parts.push(`links=${span.links.length}`);
  const kinds = [...new Set(span.warnings.map((w) => w.kind))];
  if (kinds.length > 0) parts.push(`⚠ ${kinds.join(',')}`);
  return parts.join(' ');
}

export function dumpTrace(trace: Trace): string {
  const lines = [
    `trace ${trace.traceId} ${trace.format}: ${trace.spans.length} spans, ${trace.roots.length} roots, ` +
      `${trace.errorCount} errors, ${us(trace.durationUs)}, depth ${trace.maxDepth}`,
    `services: ${trace.services.map((s) => `${s.name || '(none)'}×${s.spanCount}`).join(', ')}`,
  ];
  for (const w of trace.warnings) lines.push(`⚠ ${w.kind}: ${w.message}`);
  for (const span of trace.spans) lines.push(spanLine(span, trace.startUs));
  return lines.join('\n');
}

export function dumpTraces(traces: readonly Trace[]): string {
  return `${traces.map(dumpTrace).join('\n\n')}\n`;
}
