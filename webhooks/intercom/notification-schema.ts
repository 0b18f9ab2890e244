import { z } from 'zod';
import { idField, optionalId, optionalText } from '../schema-fields';

/** Intercom's notification envelope; `data.item` is checked further for conversation topics. */
export const intercomEnvelopeSchema = z.object({
  type: z.literal('notification_event'),
  app_id: optionalText,
  id: z.string().trim().min(1).max(200),
  topic: z.string().min(1).max(200),
  data: z.object({ type: optionalText, item: z.record(z.string(), z.unknown()).nullish() }),
  delivery_attempts: z.number().int().nullish(),
  first_sent_at: z.number().nullish(),
  created_at: z.number().nonnegative(),
});

const author = z.object({ type: optionalText, id: optionalId, name: optionalText, email: optionalText, from_ai_agent: z.boolean().nullish(), is_ai_answer: z.boolean().nullish() });
const part = z.object({ id: optionalId, part_type: optionalText, body: optionalText, created_at: z.number().nullish(), author: author.nullish() });
const tagList = z.object({ tags: z.array(z.object({ name: z.string().max(200) })).max(1000) });

export const intercomConversationSchema = z.object({
  id: idField,
  created_at: z.number().nullish(),
  updated_at: z.number().nullish(),
  title: optionalText,
  state: optionalText,
  priority: optionalText,
  source: z.object({ type: optionalText, id: optionalId, subject: optionalText, body: optionalText, author: author.nullish() }).nullish(),
  contacts: z.object({ contacts: z.array(z.object({ id: optionalId, external_id: optionalId })) }).nullish(),
  tags: tagList.nullish(),
  tags_added: tagList.nullish(),
  conversation_parts: z.object({ conversation_parts: z.array(part) }).nullish(),
});

export const intercomConversationNotificationSchema = intercomEnvelopeSchema.extend({
  data: z.object({ type: optionalText, item: intercomConversationSchema }),
});

export type IntercomEnvelope = z.infer<typeof intercomEnvelopeSchema>;
export type IntercomConversationNotification = z.infer<typeof intercomConversationNotificationSchema>;
export type IntercomConversation = IntercomConversationNotification['data']['item'];
export type IntercomAuthor = z.infer<typeof author>;
