import { z } from 'zod';
import { optionalId, optionalText, tagList } from '../schema-fields';

/**
 * The body riskdesk asks admins to paste into a trigger-connected webhook (README.md, Connecting Zendesk). Every
 * placeholder renders as a string (empty when Zendesk has no value), so empty means absent.
 */
export const ZENDESK_TRIGGER_TEMPLATE = {
  riskdesk_trigger: 1,
  event: 'ticket.updated',
  ticket_id: '{{ticket.id}}',
  updated_at: '{{ticket.updated_at_with_timestamp}}',
  requester_id: '{{ticket.requester.id}}',
  requester_email: '{{ticket.requester.email}}',
  requester_external_id: '{{ticket.requester.external_id}}',
  requester_name: '{{ticket.requester.name}}',
  subject: '{{ticket.title}}',
  latest_comment: '{{ticket.latest_comment}}',
  tags: '{{ticket.tags}}',
  via: '{{ticket.via}}',
  status: '{{ticket.status}}',
  current_user_id: '{{current_user.id}}',
} as const;

const emailOrEmpty = z
  .string()
  .trim()
  .max(320)
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.email('must be an email address (or empty)').optional())
  .nullish();

export const zendeskTriggerSchema = z.object({
  riskdesk_trigger: z.union([z.literal(1), z.literal('1')]).optional(),
  event: z
    .string()
    .regex(/^ticket\.[a-z_]+$/, 'must look like ticket.created or ticket.updated')
    .default('ticket.updated'),
  ticket_id: z.union([z.string().trim().regex(/^\d{1,20}$/, 'must be the ticket number ({{ticket.id}})'), z.number().int().positive()]).transform(String),
  /** Optional admin-provided per-update discriminator; the invocation id header is preferred. */
  delivery_id: optionalText.pipe(z.string().max(200).optional()),
  updated_at: optionalText,
  requester_id: optionalId,
  requester_email: emailOrEmpty,
  requester_external_id: optionalId,
  requester_name: optionalText,
  subject: optionalText,
  latest_comment: optionalText.pipe(z.string().max(200_000).optional()),
  tags: z.union([z.string().max(20_000), tagList]).nullish(),
  via: optionalText,
  status: optionalText,
  current_user_id: optionalId,
});

export type ZendeskTrigger = z.infer<typeof zendeskTriggerSchema>;
