/**
 * Trims Intercom's OpenAPI description (878 KB upstream) to the operations riskdesk calls or is
 * about to call, plus every component those operations reference, transitively. The request
 * conformance tests read the result from test/fixtures/openapi/.
 *
 *   npm run build && node dist/scripts/trim-openapi.js <upstream intercom yaml> [<output yaml>]
 *
 * The upstream file is Intercom's public Intercom-OpenAPI repository, descriptions/<version>/
 * api.intercom.io.yaml (test/fixtures/openapi/README.md says which version is vendored).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** `METHOD path template` exactly as the upstream description spells them. */
export const KEPT_OPERATIONS = [
  // Called today (src/helpdesk/intercom/api.ts)
  'GET /conversations/{conversation_id}',
  'PUT /conversations/{conversation_id}',
  'GET /contacts/{contact_id}',
  'POST /conversations/{conversation_id}/reply',
  'POST /conversations/{conversation_id}/tags',
  'POST /conversations/{conversation_id}/parts',
  'POST /tags',
  // Kept for work that is planned
  'POST /tickets',
  'POST /conversations/search',
  'GET /ticket_types',
  'POST /ticket_types',
] as const;

type Json = Record<string, unknown>;

const DEFAULT_OUTPUT = path.join('test', 'fixtures', 'openapi', 'intercom-2.14.yaml');

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every local `$ref` target inside `value` (`#/components/schemas/x` → ['components','schemas','x']). */
function localRefs(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) localRefs(item, found);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/')) found.add(child);
      else localRefs(child, found);
    }
  }
  return found;
}

const pointerParts = (ref: string): string[] => ref.slice(2).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));

function resolvePointer(doc: Json, parts: string[]): unknown {
  return parts.reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), doc);
}

function setPointer(target: Json, parts: string[], value: unknown): void {
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(node[part])) node[part] = {};
    node = node[part] as Json;
  }
  const last = parts[parts.length - 1];
  if (last !== undefined) node[last] = value;
}

function keptPaths(source: Json): Json {
  const paths: Json = {};
  for (const entry of KEPT_OPERATIONS) {
    const [method, template] = entry.split(' ') as [string, string];
    const item = isObject(source.paths) ? source.paths[template] : undefined;
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (!isObject(item) || !isObject(operation)) throw new Error(`${entry} is not in the upstream description: fix KEPT_OPERATIONS`);
    const kept = isObject(paths[template]) ? (paths[template] as Json) : {};
    if (item.parameters !== undefined) kept.parameters = item.parameters;
    kept[method.toLowerCase()] = operation;
    paths[template] = kept;
  }
  return paths;
}

/** Copies every component the kept paths reach, following references inside components too. */
function reachableComponents(source: Json, roots: unknown[]): Json {
  const trimmed: Json = {};
  const pending = [...new Set(roots.flatMap((root) => [...localRefs(root)]))];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const ref = pending.pop() as string;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const parts = pointerParts(ref);
    const target = resolvePointer(source, parts);
    if (target === undefined) throw new Error(`dangling reference ${ref} in the upstream description`);
    setPointer(trimmed, parts, target);
    for (const next of localRefs(target)) if (!seen.has(next)) pending.push(next);
  }
  return isObject(trimmed.components) ? trimmed.components : {};
}

export function trimIntercomDescription(source: Json): Json {
  const paths = keptPaths(source);
  const components = reachableComponents(source, [paths]);
  const sourceComponents = isObject(source.components) ? source.components : {};
  if (sourceComponents.securitySchemes !== undefined) components.securitySchemes = sourceComponents.securitySchemes;
  const usedTags = new Set(Object.values(paths).flatMap((item) => Object.values(item as Json).flatMap((op) => (isObject(op) && Array.isArray(op.tags) ? op.tags : []))));
  const tags = Array.isArray(source.tags) ? source.tags.filter((tag) => isObject(tag) && usedTags.has(tag.name)) : undefined;
  return { openapi: source.openapi, info: source.info, paths, components, servers: source.servers, security: source.security, ...(tags ? { tags } : {}) };
}

function main(argv: string[]): void {
  const [input, output = DEFAULT_OUTPUT] = argv;
  if (!input) {
    console.error('usage: node dist/scripts/trim-openapi.js <upstream intercom yaml> [<output yaml>]');
    process.exit(2);
  }
  const source: unknown = YAML.parse(readFileSync(input, 'utf8'), { maxAliasCount: -1 });
  if (!isObject(source)) throw new Error(`${input} is not an OpenAPI document`);
  const trimmed = trimIntercomDescription(source);
  const header = [
    `# Trimmed copy of Intercom's OpenAPI description (${String(isObject(source.info) ? source.info.version : '?')}) made by scripts/trim-openapi.ts:`,
    '# only the operations in KEPT_OPERATIONS and the components they reference. Do not edit by hand.',
    '',
  ].join('\n');
  writeFileSync(output, header + YAML.stringify(trimmed, { aliasDuplicateObjects: false, lineWidth: 0 }));
  console.log(`${output}: ${Object.keys(trimmed.paths as Json).length} paths, ${KEPT_OPERATIONS.length} operations`);
}

if (require.main === module) main(process.argv.slice(2));
