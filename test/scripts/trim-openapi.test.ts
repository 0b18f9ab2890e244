import { KEPT_OPERATIONS, trimIntercomDescription } from '../../scripts/trim-openapi';

/** A miniature upstream description: every kept operation, plus things the trim must drop. */
function upstream(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const entry of KEPT_OPERATIONS) {
    const [method, template] = entry.split(' ') as [string, string];
    paths[template] ??= {};
    paths[template][method.toLowerCase()] = { operationId: entry, tags: ['Kept'], responses: { '200': { $ref: '#/components/responses/Ok' } } };
  }
  paths['/conversations/{conversation_id}'] = { ...paths['/conversations/{conversation_id}'], delete: { operationId: 'dropped', tags: ['Dropped'] } };
  paths['/tags'] = { ...paths['/tags'], post: { operationId: 'createTag', tags: ['Kept'], requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/tag_request' } } } } } };
  paths['/admins'] = { get: { operationId: 'listAdmins', responses: { '200': { $ref: '#/components/schemas/admin_list' } } } };
  return {
    openapi: '3.0.1',
    info: { version: '2.14' },
    paths,
    components: {
      schemas: {
        tag_request: { type: 'object', properties: { owner: { $ref: '#/components/schemas/admin' } } },
        admin: { type: 'object', properties: { avatar: { $ref: '#/components/schemas/avatar' } } },
        avatar: { type: 'object' },
        admin_list: { type: 'array' },
      },
      responses: { Ok: { description: 'ok' }, Unused: { description: 'unused' } },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    },
    tags: [{ name: 'Kept' }, { name: 'Dropped' }],
  };
}

describe('scripts/trim-openapi', () => {
  it('keeps the listed operations and the components they reach, transitively, and drops the rest', () => {
    const trimmed = trimIntercomDescription(upstream()) as { paths: Record<string, Record<string, unknown>>; components: Record<string, Record<string, unknown>>; tags: unknown[] };
    expect(Object.keys(trimmed.paths['/conversations/{conversation_id}'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(trimmed.paths['/admins']).toBeUndefined();
    expect(Object.keys(trimmed.components.schemas ?? {}).sort()).toEqual(['admin', 'avatar', 'tag_request']);
    expect(Object.keys(trimmed.components.responses ?? {})).toEqual(['Ok']);
    expect(trimmed.components.securitySchemes).toEqual({ bearerAuth: { type: 'http', scheme: 'bearer' } });
    expect(trimmed.tags).toEqual([{ name: 'Kept' }]);
  });

  it('fails loudly when a kept operation is missing upstream, or a reference dangles', () => {
    const missing = upstream();
    delete (missing.paths as Record<string, unknown>)['/ticket_types'];
    expect(() => trimIntercomDescription(missing)).toThrow(/GET \/ticket_types is not in the upstream description/);
    const dangling = upstream();
    delete ((dangling.components as Record<string, Record<string, unknown>>).schemas ?? {}).avatar;
    expect(() => trimIntercomDescription(dangling)).toThrow(/dangling reference #\/components\/schemas\/avatar/);
  });
});
