import type { TextPreviewFormat } from '../shared/text-preview';
import type { ZipkinPlace } from './decode-span';
import { previewZipkin } from './preview';

/** Zipkin trace-by-id answers read as text: see shared/text-preview.ts. */
export const ZIPKIN_TEXT: TextPreviewFormat<ZipkinPlace> = {
  shape: {
    root: 'span-list',
    // What decode-span.ts placeOf reads.
    placeFields: ['traceId', 'id', 'parentId', 'timestamp', 'duration', 'shared', 'kind'],
    traceIdFields: 1,
  },
  preview: previewZipkin,
};
