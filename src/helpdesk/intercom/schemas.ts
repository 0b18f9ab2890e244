import { z } from 'zod';

/** The parts of Intercom's answers riskdesk reads (loose: extra fields allowed). */
const author = z.looseObject({ type: z.string(), id: z.union([z.string(), z.number()]).nullish(), name: z.string().nullish() });

export const intercomPartSchema = z.looseObject({
  part_type: z.string(),
  body: z.string().nullish(),
  created_at: z.number().nullish(),
  author: author.nullish(),
});
export type IntercomPart = z.infer<typeof intercomPartSchema>;

export const intercomConversationSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().nullish(),
  updated_at: z.number().nullish(),
  state: z.string().nullish(),
  priority: z.string().nullish(),
  team_assignee_id: z.union([z.string(), z.number()]).nullish(),
  source: z
    .looseObject({
      type: z.string().nullish(),
      subject: z.string().nullish(),
      body: z.string().nullish(),
      author: author.nullish(),
    })
    .nullish(),
  contacts: z.looseObject({ contacts: z.array(z.looseObject({ id: z.string(), external_id: z.string().nullish() })).default([]) }).nullish(),
  tags: z.looseObject({ tags: z.array(z.looseObject({ id: z.string().nullish(), name: z.string() })).default([]) }).nullish(),
  conversation_parts: z.looseObject({ conversation_parts: z.array(intercomPartSchema).default([]) }).nullish(),
});
export type IntercomConversation = z.infer<typeof intercomConversationSchema>;

export const intercomContactSchema = z.looseObject({
  id: z.string(),
  email: z.string().nullish(),
  external_id: z.string().nullish(),
  name: z.string().nullish(),
});
export type IntercomContact = z.infer<typeof intercomContactSchema>;

export const intercomTagSchema = z.looseObject({ id: z.union([z.string(), z.number()]).transform(String), name: z.string() });
export type IntercomTag = z.infer<typeof intercomTagSchema>;

export const intercomMacroSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string().nullish(),
  body: z.string().nullish(),
  body_text: z.string().nullish(),
});
export type IntercomMacro = z.infer<typeof intercomMacroSchema>;

/** Any JSON object answer (writes whose answer we do not read). */
export const intercomAnySchema = z.unknown();
