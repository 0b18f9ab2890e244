/**
 * Request conformance against the vendors' OpenAPI descriptions vendored in
 * test/fixtures/openapi (origin and versions in its README.md): every request riskdesk sends must
 * be a documented operation (method + path template), and its JSON body must validate against the
 * documented request schema (Intercom 2.14: complete, $refs resolved) or, where Zendesk's
 * description leaves the body untyped, against the shape protocols.md documents. Specs are parsed
 * once per test file; validators compile lazily.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import { ZENDESK_BODY_SHAPES } from './zendesk-body-shapes';

export const OPENAPI_DIR = path.resolve(__dirname, '..', 'fixtures', 'openapi');

type Vendor = 'zendesk' | 'intercom' | 'openai';
type JsonObject = Record<string, unknown>;

export interface DocumentedOperation {
  vendor: Vendor;
  file: string;
  method: string;
  template: string;
  operationId?: string;
  /** Schema of the JSON request body, refs rewritten to `<file>#/components/...`. */
  requestSchema?: JsonObject;
  paramCount: number;
  pattern: RegExp;
}

/**
 * Operations riskdesk may call that the stored 2.14 description cannot contain: Intercom macros
 * arrived in 2.15 / Preview (protocols.md, "Macros (Preview/2.15+)"). Sent only when
 * INTERCOM_API_VERSION supports them.
 */
const LATER_VERSION_OPERATIONS: Array<{ vendor: Vendor; method: string; template: string; source: string }> = [
  { vendor: 'intercom', method: 'GET', template: '/macros/{id}', source: 'protocols.md: Intercom Macros (Preview/2.15+) GET /macros/{id}' },
  {
    vendor: 'intercom',
    method: 'POST',
    template: '/tickets/{id}/linked_conversations',
    source: 'protocols-2.md §4: Intercom-OpenAPI descriptions/2.16 linkConversationToTicket, body {conversation_id}; sent with Intercom-Version 2.16',
  },
];

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'];

function templatePattern(template: string): RegExp {
  const escaped = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]+')}$`);
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function rewriteRefs(schema: unknown, fileId: string): JsonObject | undefined {
  const object = asObject(schema);
  return object ? (JSON.parse(JSON.stringify(object).replace(/"\$ref":"#\//g, `"$ref":"${fileId}#/`)) as JsonObject) : undefined;
}

interface Catalog {
  operations: DocumentedOperation[];
  ajv: Ajv;
  validators: Map<DocumentedOperation, ValidateFunction | null>;
}

let catalog: Catalog | undefined;

function operationsOf(file: string, doc: JsonObject): DocumentedOperation[] {
  const vendor: Vendor = file.startsWith('intercom') ? 'intercom' : file.startsWith('openai') ? 'openai' : 'zendesk';
  const operations: DocumentedOperation[] = [];
  for (const [template, item] of Object.entries(asObject(doc.paths) ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = asObject(asObject(item)?.[method]);
      if (!operation) continue;
      const content = asObject(asObject(operation.requestBody)?.content);
      const schema = asObject(content?.['application/json'])?.schema;
      operations.push({
        vendor,
        file,
        method: method.toUpperCase(),
        template,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        requestSchema: rewriteRefs(schema, file),
        paramCount: (template.match(/\{/g) ?? []).length,
        pattern: templatePattern(template),
      });
    }
  }
  return operations;
}

interface ParsedSpec {
  file: string;
  components: unknown;
  operations: Array<Omit<DocumentedOperation, 'pattern'>>;
}

function parseSpecs(files: string[]): ParsedSpec[] {
  return files.map((file) => {
    const doc = asObject(YAML.parse(fs.readFileSync(path.join(OPENAPI_DIR, file), 'utf8'), { maxAliasCount: -1 })) ?? {};
    return { file, components: doc.components ?? {}, operations: operationsOf(file, doc).map(({ pattern: _pattern, ...rest }) => rest) };
  });
}

/** Loads every description once per test file (jest isolates module state per file). */
export function loadCatalog(): Catalog {
  if (catalog) return catalog;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: false, logger: false });
  addFormats(ajv);
  const operations: DocumentedOperation[] = [];
  const files = fs.readdirSync(OPENAPI_DIR).filter((name) => /\.ya?ml$/.test(name)).sort();
  for (const spec of parseSpecs(files)) {
    ajv.addSchema({ components: spec.components }, spec.file);
    operations.push(...spec.operations.map((op) => ({ ...op, pattern: templatePattern(op.template) })));
  }
  for (const extra of LATER_VERSION_OPERATIONS) {
    operations.push({ ...extra, file: extra.source, paramCount: (extra.template.match(/\{/g) ?? []).length, pattern: templatePattern(extra.template) });
  }
  catalog = { operations, ajv, validators: new Map() };
  return catalog;
}

/**
 * Zendesk paths carry node-zendesk's `.json` suffix; the descriptions do not. OpenAI-compatible
 * paths are relative to a base ending in `/v1` (`https://api.openai.com/v1`, Azure's `/openai/v1`,
 * a local server's `/v1`), as the OpenAI description's server URL is.
 */
function normalizedPath(url: string): { vendor: Vendor; path: string } {
  const pathname = decodeURIComponent(new URL(url, 'http://placeholder').pathname).replace(/\.json$/, '');
  if (pathname.startsWith('/api/v2/')) return { vendor: 'zendesk', path: pathname };
  const openai = /\/v1(\/.+)$/.exec(pathname);
  return openai?.[1] ? { vendor: 'openai', path: openai[1] } : { vendor: 'intercom', path: pathname };
}

export function findDocumentedOperation(method: string, url: string): DocumentedOperation | undefined {
  const { vendor, path: requestPath } = normalizedPath(url);
  const candidates = loadCatalog().operations.filter((op) => op.vendor === vendor && op.method === method.toUpperCase() && op.pattern.test(requestPath));
  // /macros/search beats /macros/{macro_id}: the most literal template wins.
  return candidates.sort((a, b) => a.paramCount - b.paramCount)[0];
}

function validatorFor(operation: DocumentedOperation): ValidateFunction | null {
  const { ajv, validators } = loadCatalog();
  if (validators.has(operation)) return validators.get(operation) ?? null;
  let validator: ValidateFunction | null = null;
  const shape = operation.vendor === 'zendesk' ? ZENDESK_BODY_SHAPES[`${operation.method} ${operation.template}`] : undefined;
  try {
    if (operation.requestSchema) validator = ajv.compile(operation.requestSchema);
  } catch {
    validator = null; // Zendesk descriptions reference request schemas they do not ship
  }
  if (shape) validator = ajv.compile(shape); // protocols.md's shape is stricter than the loose Zendesk schemas
  validators.set(operation, validator);
  return validator;
}

/**
 * Throws unless `method url` is a documented operation and `body` fits its request schema.
 * Bodyful writes without any schema still must be JSON objects (protocols.md: `{ "ticket": … }`).
 */
export function assertDocumentedRequest(method: string, url: string, body?: unknown): DocumentedOperation {
  const operation = findDocumentedOperation(method, url);
  if (!operation) throw new Error(`Undocumented request: ${method.toUpperCase()} ${url} matches no operation in ${OPENAPI_DIR}`);
  const hasBody = body !== undefined && body !== null && body !== '';
  if (operation.method === 'GET' || operation.method === 'DELETE') {
    if (hasBody) throw new Error(`${operation.method} ${operation.template} must not carry a body`);
    return operation;
  }
  const parsed: unknown = typeof body === 'string' ? JSON.parse(body) : body;
  if (!asObject(parsed)) throw new Error(`${operation.method} ${operation.template}: body must be a JSON object, got ${JSON.stringify(parsed)?.slice(0, 80)}`);
  const validate = validatorFor(operation);
  if (validate && !validate(parsed)) {
    const problems = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`);
    throw new Error(`${operation.method} ${operation.template} (${operation.operationId ?? operation.file}): body does not match the documented schema: ${problems.join('; ')}`);
  }
  return operation;
}
