import { z } from 'zod';
import { idField, isoTime, optionalId, optionalText, tagList } from '../schema-fields';

/** Event-subscribed webhooks: Zendesk's fixed envelope `{ type, account_id, id, time, subject, detail, event }`. */
export const EVENT_TYPE_PREFIX = 'zen:event-type:';

export const zendeskEnvelopeSchema = z.object({
  type: z.string().regex(/^zen:event-type:[a-z_]+(\.[a-z_]+)+$/, 'must be a Zendesk event type such as zen:event-type:ticket.created'),
  account_id: optionalId,
  id: z.string().trim().min(1).max(200),
  time: isoTime,
  zendesk_event_version: optionalText,
  subject: optionalText,
});

const ticketDetail = z.object({
  id: idField,
  actor_id: optionalId,
  requester_id: optionalId,
  subject: optionalText,
  description: optionalText,
  status: optionalText,
  /** `PROBLEM`, `INCIDENT`, `QUESTION`, `TASK` (riskdesk's problem tickets are `PROBLEM`). */
  type: optionalText,
  priority: optionalText,
  tags: tagList.nullish(),
  updated_at: optionalText,
  via: z.object({ channel: optionalText }).nullish(),
});

const comment = z.object({
  id: optionalId,
  body: optionalText,
  is_public: z.boolean().nullish(),
  author: z.object({ id: optionalId, is_staff: z.boolean().nullish(), name: optionalText }).nullish(),
});

export const zendeskTicketEventSchema = zendeskEnvelopeSchema
  .extend({
    detail: ticketDetail,
    event: z
      .object({ comment: comment.nullish(), tags_added: tagList.nullish(), tags_removed: tagList.nullish() })
      .nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.type === `${EVENT_TYPE_PREFIX}ticket.comment_added` && !value.event?.comment) {
      ctx.addIssue({ code: 'custom', path: ['event', 'comment'], message: 'ticket.comment_added needs event.comment' });
    }
  });

export type ZendeskEnvelope = z.infer<typeof zendeskEnvelopeSchema>;
export type ZendeskTicketEvent = z.infer<typeof zendeskTicketEventSchema>;
