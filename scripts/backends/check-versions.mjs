#!/usr/bin/env node
// Checks that docker-compose.yml uses the images pinned in backends/versions.json and that
// each Go build module requires the pinned module version. Exit 1 with the differences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, VERSIONS } from './lib/definitions.mjs';

const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
const problems = [];
for (const [name, pin] of Object.entries(VERSIONS)) {
  if (name.startsWith('$')) continue;
  const image = new RegExp(`^\\s{2}${name}:\\n\\s+image:\\s*(\\S+)`, 'm').exec(compose)?.[1];
  if (image !== pin.image) problems.push(`docker-compose.yml ${name}: image ${image ?? '(none)'} but versions.json says ${pin.image}`);
  if (pin.buildModule) {
    const gomod = readFileSync(join(REPO_ROOT, pin.buildModule, 'go.mod'), 'utf8');
    if (!gomod.includes(`require ${pin.goModule} ${pin.goVersion}`)) {
      problems.push(`${pin.buildModule}/go.mod does not require ${pin.goModule} ${pin.goVersion}`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('backend versions consistent: ' + Object.keys(VERSIONS).filter((k) => !k.startsWith('$')).map((k) => `${k} ${VERSIONS[k].release}`).join(', '));
