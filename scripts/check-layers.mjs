#!/usr/bin/env node
// Enforces DESIGN.md's layering (after Perfetto's check_imports.py): a tier may import
// itself and earlier tiers, never later ones; a feature never imports another feature;
// file and folder names under src/ are kebab-case.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

export const TIERS = ['lib', 'model', 'query-lang', 'adapters', 'state', 'ui', 'features', 'pages', 'app'];
const root = resolve(process.argv[2] ?? 'src');
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;
const IMPORT_RE = /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** tier and (for features) the feature name of a path under src/. */
function place(file) {
  const parts = relative(root, file).split(sep);
  return { tier: parts[0], feature: parts[0] === 'features' ? parts[1] : undefined };
}

const problems = [];
const files = walk(root);
for (const file of files) {
  const rel = relative(root, file);
  for (const seg of rel.split(sep)) {
    if (!KEBAB.test(seg)) problems.push(`${rel}: "${seg}" is not kebab-case`);
  }
  if (!/\.(ts|tsx)$/.test(file)) continue;
  const from = place(file);
  const fromRank = TIERS.indexOf(from.tier);
  if (fromRank < 0) {
    if (rel.includes(sep)) problems.push(`${rel}: "${from.tier}" is not a tier (${TIERS.join(', ')})`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec || !spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(root + sep)) continue;
    const to = place(target);
    const toRank = TIERS.indexOf(to.tier);
    if (toRank > fromRank) {
      problems.push(`${rel}: ${from.tier} must not import ${to.tier} ("${spec}")`);
    } else if (from.tier === 'features' && to.tier === 'features' && from.feature !== to.feature) {
      problems.push(`${rel}: feature "${from.feature}" must not import feature "${to.feature}" ("${spec}")`);
    }
  }
}

if (problems.length) {
  console.error(`Layering check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Layering check: ${files.length} files under ${relative(process.cwd(), root) || '.'}, no violations.`);
