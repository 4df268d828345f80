#!/usr/bin/env node
// Runs one demo service in this process: node demo-system/run-service.mjs <name>
// Telemetry is initialised before the service code touches the http module.
import { SERVICES, SERVICE_NAMES } from './config.mjs';
import { initTelemetry } from './lib/telemetry.mjs';
import { startService } from './lib/service-kit.mjs';

const name = process.argv[2];
if (!SERVICES[name]) {
  console.error(`usage: node demo-system/run-service.mjs <${SERVICE_NAMES.join('|')}>`);
  process.exit(2);
}

const telemetry = initTelemetry(name);
// A failed export or flush must not take the service down; the export stats report it.
process.on('unhandledRejection', (reason) => console.error(`${name}: unhandled rejection:`, reason?.message ?? reason));
const pending = new Set();
const { default: create } = await import(`./services/${name}.mjs`);
const { routes } = create({ http: telemetry.http, tracer: telemetry.tracer, pending });
await startService({ telemetry, name, port: SERVICES[name].port, routes, pending });
console.log(`${name} listening on http://127.0.0.1:${SERVICES[name].port} (exporting to ${Object.keys(telemetry.stats).join(', ') || 'nothing'})`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await telemetry.flush().catch(() => {});
  await telemetry.shutdown().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
