// Figures established for every real payload in ../shared/fixtures (see fixtures.test.ts):
// what `npm run inspect` prints for each file. Established by decoding each file and checked
// by hand against the fixtures README's independently computed counts (spans, services,
// roots + parents missing, errors, trace ids: all agree) and against the notes on each file.
import type { InspectReport } from '../file/inspect-report';

export const EXPECTED: Readonly<Record<string, InspectReport>> = {
  'grafana/jaeger_mockJsonResponse.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '00000000000000002ee9739529395e31', spanCount: 2, services: ['loki-all'], rootCount: 1, errorCount: 0, durationUs: 1004, warnings: [] },
    ],
  },
  'grafana/tempo_mockJsonResponse.json': {
    format: 'tempo-json',
    traces: [
      { traceId: '000000000000000060ba2abb44f13eae', spanCount: 6, services: ['app', 'db', 'lb'], rootCount: 1, errorCount: 0, durationUs: 13546, warnings: ['child-outside-parent', 'invalid-id'] },
    ],
  },
  'grafana/tsdb-tempo_trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '0000000000000000620f03a2253c5e37', spanCount: 30, services: ['loki-all'], rootCount: 1, errorCount: 0, durationUs: 8421, warnings: [] },
    ],
  },
  'jaeger-ui/oltp2jaeger-multi-out.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: 'c620759e5d60fafb8ee0922b30e06bc6', spanCount: 4, services: ['example-trace'], rootCount: 1, errorCount: 0, durationUs: 176321, warnings: [] },
    ],
  },
  'jaeger-ui/otlp2jaeger-in-error.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '83a9efd15c1c98a977e0711cc93ee28b', spanCount: 1, services: ['unknown_service'], rootCount: 1, errorCount: 0, durationUs: 123, warnings: ['orphan'] },
    ],
  },
  'jaeger-ui/otlp2jaeger-multi-in-combined.json': {
    format: 'otlp-json',
    traces: [
      { traceId: 'c620759e5d60fafb8ee0922b30e06bc6', spanCount: 4, services: ['example-trace'], rootCount: 1, errorCount: 0, durationUs: 176322, warnings: [] },
    ],
  },
  'jaeger-ui/otlp2jaeger-multi-in.json.txt': {
    format: 'otlp-jsonl',
    traces: [
      { traceId: 'c620759e5d60fafb8ee0922b30e06bc6', spanCount: 4, services: ['example-trace'], rootCount: 1, errorCount: 0, durationUs: 176322, warnings: [] },
    ],
  },
  'jaeger-ui/otlp2jaeger-out.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '83a9efd15c1c98a977e0711cc93ee28b', spanCount: 2, services: ['telemetrygen'], rootCount: 2, errorCount: 0, durationUs: 123, warnings: ['duplicate-span-id', 'orphan'] },
    ],
  },
  'jaeger-ui/spanAmongEachOtherGroupedAndSpans.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '0df84e36b9e2ee3815d07f0867a5be1f', spanCount: 17, services: ['api-gateway', 'customers-service'], rootCount: 1, errorCount: 0, durationUs: 3720, warnings: [] },
    ],
  },
  'jaeger-ui/spansAmongEachOther.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '0df84e36b9e2ee3815d07f0867a5be1f', spanCount: 12, services: ['api-gateway', 'customers-service'], rootCount: 1, errorCount: 0, durationUs: 3720, warnings: [] },
    ],
  },
  'jaeger-ui/spansAmongEachOtherGrouped.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '0df84e36b9e2ee3815d07f0867a5be1f', spanCount: 15, services: ['api-gateway', 'customers-service'], rootCount: 1, errorCount: 0, durationUs: 3720, warnings: [] },
    ],
  },
  'jaeger-ui/testTraceNormal.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '4766f1209f70a5e2e55417fc296fd101', spanCount: 5, services: ['api-gateway', 'customers-service'], rootCount: 1, errorCount: 0, durationUs: 4902, warnings: [] },
    ],
  },
  'jaeger/FindTraces.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '00000000000000000000000000000001', spanCount: 1, services: ['unknown_service'], rootCount: 1, errorCount: 1, durationUs: 0, warnings: ['missing-duration', 'missing-timestamp'] },
    ],
  },
  'jaeger/GetTrace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '00000000000000000000000000000001', spanCount: 1, services: ['unknown_service'], rootCount: 1, errorCount: 1, durationUs: 0, warnings: ['missing-duration', 'missing-timestamp'] },
    ],
  },
  'jaeger/domain_01.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '00000000000000000000000000000001', spanCount: 5, services: ['service-x', 'service-y'], rootCount: 2, errorCount: 1, durationUs: 5, warnings: ['duplicate-span-id', 'source-warning'] },
    ],
  },
  'jaeger/example_trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '00000000000000000000000000000011', spanCount: 5, services: ['example-service-1', 'example-service-2', 'example-service-3'], rootCount: 5, errorCount: 0, durationUs: 100, warnings: [] },
    ],
  },
  'jaeger/link_attributes_trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '00000000000000000000000000000226', spanCount: 1, services: ['query25-service'], rootCount: 1, errorCount: 0, durationUs: 2, warnings: [] },
    ],
  },
  'jaeger/log_tags_trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '00000000000000000000000000000002', spanCount: 1, services: ['query02-service'], rootCount: 1, errorCount: 0, durationUs: 5, warnings: [] },
    ],
  },
  'jaeger/multi_index_trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '00000000000000000000000000000005', spanCount: 2, services: ['query05-service'], rootCount: 2, errorCount: 0, durationUs: 420000005, warnings: [] },
    ],
  },
  'jaeger/otlp2jaeger-in.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '83a9efd15c1c98a977e0711cc93ee28b', spanCount: 2, services: ['telemetrygen'], rootCount: 2, errorCount: 0, durationUs: 123, warnings: ['duplicate-span-id', 'orphan'] },
    ],
  },
  'jaeger/otlp2jaeger-out.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '83a9efd15c1c98a977e0711cc93ee28b', spanCount: 2, services: ['telemetrygen'], rootCount: 2, errorCount: 0, durationUs: 123, warnings: ['duplicate-span-id', 'orphan'] },
    ],
  },
  'jaeger/scope_attributes_trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '00000000000000000000000000000225', spanCount: 1, services: ['query24-service'], rootCount: 1, errorCount: 0, durationUs: 1, warnings: [] },
    ],
  },
  'jaeger/trace_success.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '00000000000000002be38093ead7a083', spanCount: 2, services: ['16af988c443cff37', '3c220036602f839e'], rootCount: 1, errorCount: 1, durationUs: 267037, warnings: ['orphan'] },
    ],
  },
  'jaeger/ui_01.json': {
    format: 'jaeger-json',
    traces: [
      { traceId: '00000000000000000000000000000001', spanCount: 5, services: ['service-x', 'service-y'], rootCount: 2, errorCount: 1, durationUs: 5, warnings: ['duplicate-span-id', 'source-warning'] },
    ],
  },
  'otlp/5b584103c6fc5ddf423cb2fb6552d0f0.json': {
    format: 'otlp-jsonl',
    traces: [
      { traceId: '1b70978af8b570099f4912f9f95d9418', spanCount: 4, services: ['frontend'], rootCount: 1, errorCount: 0, durationUs: 1943.25, warnings: ['multiple-traces'] },
      { traceId: '2ec8c44b98317e2067cfea345808d3d1', spanCount: 6, services: ['frontend'], rootCount: 1, errorCount: 0, durationUs: 1173.75, warnings: ['multiple-traces'] },
      { traceId: '5b584103c6fc5ddf423cb2fb6552d0f0', spanCount: 35, services: ['checkout', 'fraud-detection', 'frontend'], rootCount: 1, errorCount: 1, durationUs: 1154138.5, warnings: ['child-outside-parent', 'multiple-traces'] },
      { traceId: '93c85b395f590f14532e3391657f7007', spanCount: 30, services: ['checkout', 'fraud-detection', 'frontend'], rootCount: 1, errorCount: 1, durationUs: 181862, warnings: ['multiple-traces'] },
      { traceId: 'd74b95b30d50ba650cd45eb238ffa5b3', spanCount: 7, services: ['frontend'], rootCount: 1, errorCount: 0, durationUs: 1501.25, warnings: ['multiple-traces'] },
    ],
  },
  'otlp/trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '5b8efff798038103d269b633813fc60c', spanCount: 1, services: ['my.service'], rootCount: 1, errorCount: 0, durationUs: 1000000, warnings: ['orphan'] },
    ],
  },
  'tempo/tempo-vulture_trace.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '3149195ffb0bec05347b48efe8ecc1b0', spanCount: 6, services: ['tempo-vulture'], rootCount: 2, errorCount: 0, durationUs: 92, warnings: ['child-outside-parent'] },
    ],
  },
  'tempo/trace-with-failed-requests.json': {
    format: 'otlp-json',
    traces: [
      { traceId: 'e8b6dff9f8d44b28f1b22bc3bd2f6768', spanCount: 15, services: ['mythical-requester', 'mythical-server'], rootCount: 1, errorCount: 3, durationUs: 25623, warnings: ['child-outside-parent'] },
    ],
  },
  'tempo/trace-with-virtual-nodes.json': {
    format: 'otlp-json',
    traces: [
      { traceId: '4290b5877a9930de79bb428365398ecc', spanCount: 2, services: ['mythical-requester', 'mythical-server'], rootCount: 1, errorCount: 0, durationUs: 45834.5, warnings: ['multiple-traces'] },
      { traceId: 'ab4a390ad2fe3b8534404c9f7223a390', spanCount: 1, services: ['internal-consumer'], rootCount: 1, errorCount: 0, durationUs: 705.75, warnings: ['multiple-traces'] },
    ],
  },
  'zipkin/ascend.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '0000000000000000ef86c83c0a05a6d6', spanCount: 8, services: ['auth-service', 'content-service', 'mobile-gateway'], rootCount: 1, errorCount: 0, durationUs: 38793, warnings: ['child-outside-parent'] },
    ],
  },
  'zipkin/envoy.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '0000000000000000978883983d506fa5', spanCount: 1, services: ['unknown_service'], rootCount: 1, errorCount: 0, durationUs: 127115, warnings: [] },
    ],
  },
  'zipkin/messaging-kafka.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '00000000000000000562809467078eab', spanCount: 28, services: ['servicea', 'serviceb'], rootCount: 1, errorCount: 3, durationUs: 649065, warnings: ['child-outside-parent'] },
    ],
  },
  'zipkin/messaging.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '5aab74dbb904746bb33447baae403ed6', spanCount: 4, services: ['backend', 'frontend'], rootCount: 1, errorCount: 0, durationUs: 3357, warnings: ['child-outside-parent'] },
    ],
  },
  'zipkin/simple-db-p6.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '000000000000000019f84f102048e047', spanCount: 5, services: ['bootifulmeters'], rootCount: 1, errorCount: 0, durationUs: 252016, warnings: [] },
    ],
  },
  'zipkin/skew.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '00000000000000001e223ff1f80f1c69', spanCount: 4, services: ['servicea', 'serviceb'], rootCount: 1, errorCount: 0, durationUs: 161718, warnings: ['child-outside-parent'] },
    ],
  },
  'zipkin/smartthings-oauth-authorization.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '00000000000000008ce82b2e9ed820ba', spanCount: 175, services: ['account', 'auth', 'bouncer', 'datamgmt', 'dove', 'paperboy', 'pusher', 'stlogin'], rootCount: 1, errorCount: 2, durationUs: 100348445, warnings: ['child-outside-parent', 'duplicate-span-id', 'missing-duration'] },
    ],
  },
  'zipkin/yelp.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '0000000000000000a03ee8fff1dcd9b9', spanCount: 16, services: ['mobile_api', 'routing', 'spectre', 'unknown', 'yelp-main', 'yelp_main/api_proxy'], rootCount: 1, errorCount: 0, durationUs: 131848, warnings: [] },
    ],
  },
  'zipkin/zipkin2-client.json': {
    format: 'zipkin-json',
    traces: [
      { traceId: '4d1e00c0db9010db86154a4ba6e91385', spanCount: 1, services: ['frontend'], rootCount: 1, errorCount: 0, durationUs: 207000, warnings: ['orphan'] },
    ],
  },
};

/** Payloads that are not traces: decodeFile refuses them, saying what they are. */
export const NOT_TRACES: Readonly<Record<string, string>> = {
  'jaeger-ui/dependencies-large.json': 'a dependency list [{parent, child, callCount}]',
  'jaeger-ui/dependencies-small.json': 'a dependency list [{parent, child, callCount}]',
  'jaeger/FindTraceSummaries.json': 'a Jaeger /api/v3/trace-summaries response (search summaries, no spans)',
  'jaeger/GetOperations.json': 'a Jaeger /api/v3/operations response',
  'jaeger/GetServices.json': 'a Jaeger /api/v3/services response',
  'tempo/service-struct.json': 'a Tempo /api/search response (search summaries, no full traces)',
};

/** Where our figures and the README's legitimately differ (none so far). */
export const README_EXCEPTIONS: Readonly<Record<string, { readonly reason: string; readonly expected: Record<string, number> }>> = {};
