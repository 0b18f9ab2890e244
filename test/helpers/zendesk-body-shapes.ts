/**
 * Request bodies the Zendesk descriptions leave untyped (their $refs point at schemas the split
 * files do not ship), written from protocols.md. Strict on purpose: a ticket update carrying
 * `tags` (which REPLACES the agent's tags) or a bare array for tags must fail.
 */
const priority = { enum: ['urgent', 'high', 'normal', 'low'] };
const status = { enum: ['new', 'open', 'pending', 'hold', 'solved', 'closed'] };

const comment = {
  type: 'object',
  additionalProperties: false,
  properties: { body: { type: 'string', minLength: 1 }, html_body: { type: 'string', minLength: 1 }, public: { type: 'boolean' } },
  required: ['public'],
  oneOf: [{ required: ['body'] }, { required: ['html_body'] }],
};

export const ZENDESK_BODY_SHAPES: Record<string, Record<string, unknown>> = {
  // Creating the problem ticket of an incident (protocols-2.md §1, zendesk-tickets.yml CreateTicket).
  'POST /api/v2/tickets': {
    type: 'object',
    additionalProperties: false,
    required: ['ticket'],
    properties: {
      ticket: {
        type: 'object',
        additionalProperties: false,
        required: ['subject', 'comment'],
        properties: {
          type: { enum: ['problem', 'incident', 'question', 'task'] },
          subject: { type: 'string', minLength: 1 },
          comment,
          tags: { type: 'array', items: { type: 'string', minLength: 1 } },
          priority,
          group_id: { type: 'integer' },
        },
      },
    },
  },
  'PUT /api/v2/tickets/{ticket_id}': {
    type: 'object',
    additionalProperties: false,
    required: ['ticket'],
    properties: {
      ticket: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          comment,
          priority,
          status,
          group_id: { type: 'integer' },
          assignee_id: { type: 'integer' },
          custom_fields: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['id', 'value'], properties: { id: { type: 'integer' }, value: {} } },
          },
          safe_update: { type: 'boolean' },
          updated_stamp: { type: 'string', format: 'date-time' },
          // Problem/incident linking (protocols-2.md §1): {type: "incident", problem_id}.
          type: { enum: ['problem', 'incident', 'question', 'task'] },
          problem_id: { type: 'integer' },
        },
        dependencies: { safe_update: ['updated_stamp'], problem_id: ['type'] }, // draft-07 spelling (Ajv's default draft)
      },
    },
  },
  'PUT /api/v2/tickets/{ticket_id}/tags': {
    type: 'object',
    additionalProperties: false,
    required: ['tags'],
    properties: {
      tags: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      safe_update: { type: 'boolean' },
      updated_stamp: { type: 'string', format: 'date-time' },
    },
  },
};
