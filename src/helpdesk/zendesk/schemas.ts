import { z } from 'zod';

/**
 * The parts of Zendesk's answers riskdesk reads. Loose objects: extra fields are fine,
 * missing or mistyped ones we rely on are not. Nullable where Zendesk sends null.
 */
const id = z.number().int();
const customField = z.looseObject({ id, value: z.unknown() });

export const zendeskTicketSchema = z.looseObject({
  id,
  subject: z.string().nullish(),
  description: z.string().nullish(),
  requester_id: id.nullish(),
  tags: z.array(z.string()).default([]),
  via: z.looseObject({ channel: z.union([z.string(), z.number()]).nullish() }).nullish(),
  status: z.string().nullish(),
  priority: z.string().nullish(),
  group_id: id.nullish(),
  updated_at: z.string().nullish(),
  custom_fields: z.array(customField).nullish(),
});
export type ZendeskTicket = z.infer<typeof zendeskTicketSchema>;

export const zendeskCommentSchema = z.looseObject({
  id,
  author_id: id.nullish(),
  public: z.boolean(),
  body: z.string().nullish(),
  html_body: z.string().nullish(),
  plain_body: z.string().nullish(),
  created_at: z.string().nullish(),
});
export type ZendeskComment = z.infer<typeof zendeskCommentSchema>;
export const zendeskCommentsSchema = z.array(zendeskCommentSchema);

export const zendeskUserSchema = z.looseObject({
  id,
  name: z.string().nullish(),
  email: z.string().nullish(),
  external_id: z.union([z.string(), z.number()]).nullish(),
  /** The user's locale (`en-US`, `de`): its region picks crisis helplines when the account's country is unknown. */
  locale: z.string().max(35).nullish().catch(null),
});
export type ZendeskUser = z.infer<typeof zendeskUserSchema>;

/** `GET /tickets/{id}/macros/{macro_id}/apply` → what the ticket would look like. */
export const zendeskMacroApplySchema = z.looseObject({
  result: z.looseObject({
    ticket: z
      .looseObject({
        status: z.string().nullish(),
        priority: z.string().nullish(),
        group_id: id.nullish(),
        assignee_id: id.nullish(),
        tags: z.array(z.string()).nullish(),
        custom_fields: z.array(customField).nullish(),
      })
      .nullish(),
    comment: z
      .looseObject({ body: z.string().nullish(), html_body: z.string().nullish(), public: z.boolean().nullish() })
      .nullish(),
  }),
});
export type ZendeskMacroApply = z.infer<typeof zendeskMacroApplySchema>;

export const zendeskTagsSchema = z.looseObject({ tags: z.array(z.string()) });
