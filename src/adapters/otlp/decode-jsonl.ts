import { DecodeError, type DecodedPayload } from '../../model/span-input';
import { PayloadCollector } from '../shared/payload-collector';
import { decodeInto } from './decode';

/**
 * OTLP JSON Lines: the OpenTelemetry Collector file exporter writes one
 * ExportTraceServiceRequest per line. Blank lines are skipped; spans of one trace spread
 * over several lines are merged. Errors name the line (1-based).
 */
export function decodeOtlpJsonl(text: string): DecodedPayload {
  const collector = new PayloadCollector('otlp-jsonl');
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = `line ${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new DecodeError(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`, where);
    }
    try {
      decodeInto(json, collector, '');
    } catch (error) {
      if (error instanceof DecodeError) {
        const suffix = error.path ? ` (at ${error.path})` : '';
        const bare = suffix && error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
        throw new DecodeError(bare, error.path ? `${where}: ${error.path}` : where);
      }
      throw error;
    }
  }
  return collector.result();
}
