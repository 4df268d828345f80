// Test support: small hand-written payloads in the shapes of the real Jaeger and Zipkin
// bodies (the real fixtures stay in ../shared and are added as seeds when present).

const jaegerSpan = (spanID: string, over: Record<string, unknown> = {}) => ({
  traceID: '2ee9739529395e31',
  spanID,
  flags: 1,
  operationName: 'GET /api/users',
  references: [{ refType: 'CHILD_OF', traceID: '2ee9739529395e31', spanID: '2ee9739529395e31' }],
  startTime: 1616095319593196,
  duration: 1004,
  tags: [
    { key: 'span.kind', type: 'string', value: 'server' },
    { key: 'error', type: 'bool', value: true },
    { key: 'big', type: 'int64', value: '9223372036854775222' },
    { key: 'f', type: 'float64', value: 1.5 },
    { key: 'bin', type: 'binary', value: 'AAAwOQ==' },
  ],
  logs: [{ timestamp: 1616095319593200, fields: [{ key: 'event', type: 'string', value: 'retry' }] }],
  processID: 'p1',
  warnings: ['a span warning'],
  ...over,
});

const jaegerTrace = {
  traceID: '2ee9739529395e31',
  spans: [
    jaegerSpan('2ee9739529395e31', { references: [] }),
    jaegerSpan('0000000000000002'),
    jaegerSpan('0000000000000003', {
      references: [
        { refType: 'CHILD_OF', traceID: '00ff', spanID: '00ff' },
        { refType: 'FOLLOWS_FROM', traceID: '2ee9739529395e31', spanID: '0000000000000002' },
      ],
      processID: 'p2',
    }),
  ],
  processes: {
    p1: { serviceName: 'frontend', tags: [{ key: 'hostname', type: 'string', value: 'h' }] },
    p2: { serviceName: 'backend', tags: [] },
  },
  warnings: ['a trace warning'],
};

export const JAEGER_SEEDS: readonly unknown[] = [
  { data: [jaegerTrace], total: 0, limit: 0, offset: 0, errors: [{ code: 404, msg: 'trace not found', traceID: 'ab' }] },
  jaegerTrace,
  [
    { ...jaegerSpan('7606ddfe69932d34'), processID: undefined, process: { serviceName: 'svc', tags: [] } },
    { ...jaegerSpan('7bd66f09ba90ea3d'), processID: undefined, process: { serviceName: 'svc2', tags: [] } },
  ],
  {
    spans: [
      {
        traceId: 'AAAAAAAAAAAAAAAAAAAAAQ==',
        spanId: 'AAAAAAAAAAM=',
        operationName: 'op',
        references: [{ refType: 'FOLLOWS_FROM', traceId: 'AAAAAAAAAAAAAAAAAAAAAQ==', spanId: 'AAAAAAAAAAI=' }],
        startTime: '2017-01-26T16:46:31.639875139-05:00',
        duration: '5000ns',
        tags: [{ key: 'error', vType: 'BOOL', vBool: true }, { key: 'n', vType: 'INT64', vInt64: 12 }],
        logs: [{ timestamp: '2017-01-26T16:46:31.639875139-05:00', fields: [{ key: 'event', vStr: 'x' }] }],
        process: { serviceName: 'svc', tags: [] },
      },
    ],
    processMap: [],
    warnings: ['w'],
  },
];

const zipkinSpan = (id: string, over: Record<string, unknown> = {}) => ({
  traceId: '5aab74dbb904746bb33447baae403ed6',
  parentId: 'b33447baae403ed6',
  id,
  kind: 'CLIENT',
  name: 'publish',
  timestamp: 1521186011927475,
  duration: 13,
  localEndpoint: { serviceName: 'frontend', ipv4: '192.168.0.1', port: 8080 },
  remoteEndpoint: { serviceName: 'rabbitmq', ipv6: '::1', port: 5672 },
  annotations: [{ timestamp: 1521186011927480, value: 'ws' }],
  tags: { 'http.path': '/', error: '' },
  ...over,
});

const zipkinTrace = [
  zipkinSpan('b33447baae403ed6', { parentId: undefined, kind: 'SERVER' }),
  zipkinSpan('05e3ac9a4f6e3b90'),
  zipkinSpan('05e3ac9a4f6e3b90', { kind: 'SERVER', shared: true, localEndpoint: { serviceName: 'backend' } }),
  zipkinSpan('e457b5a2e4d86bd1', { parentId: '05e3ac9a4f6e3b90', kind: undefined, duration: undefined, debug: true }),
];

export const ZIPKIN_SEEDS: readonly unknown[] = [zipkinTrace, [zipkinTrace, zipkinTrace.slice(1)], zipkinSpan('4d1e00c0db9010db')];

const otlpSpan = (spanId: string, over: Record<string, unknown> = {}) => ({
  traceId: '5B8EFFF798038103D269B633813FC60C',
  spanId,
  parentSpanId: 'EEE19B7EC3C1B173',
  name: 'I am a span!',
  kind: 2,
  startTimeUnixNano: '1544712660000000000',
  endTimeUnixNano: '1544712661000000000',
  attributes: [{ key: 'my.span.attr', value: { stringValue: 'some value' } }, { key: 'n', value: { intValue: '9223372036854775807' } }],
  events: [{ timeUnixNano: '1544712660500000000', name: 'ev', attributes: [] }],
  links: [{ traceId: 'AAAAAAAAAAAAAAAAAAAAAQ==', spanId: 'AAAAAAAAAAI=', attributes: [] }],
  status: { code: 2, message: 'boom' },
  ...over,
});

const otlpBody = {
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'my.service' } }] },
      scopeSpans: [{ scope: { name: 'my.library', version: '1.0.0' }, spans: [otlpSpan('EEE19B7EC3C1B174'), otlpSpan('EEE19B7EC3C1B175')] }],
    },
  ],
};

export const OTLP_SEEDS: readonly unknown[] = [
  otlpBody,
  { result: otlpBody },
  { batches: otlpBody.resourceSpans },
  { trace: otlpBody, status: 'PARTIAL', message: 'cut' },
  {
    resource_spans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { string_value: 'snake' } }] },
        scope_spans: [
          {
            spans: [
              { trace_id: 'W4jv95gDgQPSabYzgT/GDA==', span_id: '7uGbfsPBsXQ=', parent_span_id: 'AAAAAAAAAAA=', name: 's', kind: 'SPAN_KIND_SERVER', start_time_unix_nano: 1544712660000000000, end_time_unix_nano: 1544712660000001000, status: { code: 'STATUS_CODE_ERROR' } },
            ],
          },
        ],
      },
    ],
  },
];
