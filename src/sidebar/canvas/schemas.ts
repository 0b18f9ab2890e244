/**
 * Intercom Canvas Kit shapes (intercom-client 7 no longer ships them). Requests are permissive:
 * Intercom adds fields over time, so unknown keys pass through, and the conversation and contact
 * objects are read piece by piece — a missing or mistyped piece is dropped, never the request.
 * Responses are strict: only the components riskdesk renders, with the fields the Canvas Kit
 * reference documents.
 */
import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform(String);

/** A piece that may be missing, null or of another type: it then reads as undefined. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const lenientText = lenient(z.string());
const lenientId = lenient(id);

const canvasAuthorSchema = z.looseObject({ type: lenientText, id: lenientId, name: lenientText, email: lenientText });

const canvasPartSchema = z.looseObject({ part_type: lenientText, body: lenientText, author: lenient(canvasAuthorSchema) });

/** The conversation the app is opened on (Intercom's conversation model): what deciding needs from it. */
export const canvasConversationSchema = z.looseObject({
  id: lenientId,
  title: lenientText,
  state: lenientText,
  priority: lenientText,
  updated_at: lenient(z.number()),
  source: lenient(z.looseObject({ type: lenientText, subject: lenientText, body: lenientText, author: lenient(canvasAuthorSchema) })),
  contacts: lenient(z.looseObject({ contacts: lenient(z.array(lenient(z.looseObject({ id: lenientId })))) })),
  tags: lenient(z.looseObject({ tags: lenient(z.array(lenient(z.looseObject({ name: lenientText })))) })),
  conversation_parts: lenient(z.looseObject({ conversation_parts: lenient(z.array(lenient(canvasPartSchema))) })),
});
export type CanvasConversation = z.infer<typeof canvasConversationSchema>;

/** The customer of that conversation (Intercom's contact model). */
export const canvasContactSchema = z.looseObject({ id: lenientId, external_id: lenientId, email: lenientText, name: lenientText });
export type CanvasContact = z.infer<typeof canvasContactSchema>;

export const canvasContextSchema = z.looseObject({
  conversation_id: id.optional(),
  location: z.string().optional(),
  locale: z.string().optional(),
});

export const initializeRequestSchema = z.looseObject({
  workspace_id: z.string().optional(),
  workspace_region: z.string().optional(),
  admin: z.looseObject({ id: id.optional() }).optional(),
  context: canvasContextSchema.optional(),
  conversation: lenient(canvasConversationSchema),
  contact: lenient(canvasContactSchema),
  customer: z.looseObject({}).optional(),
  card_creation_options: z.record(z.string(), z.unknown()).optional(),
});
export type InitializeRequest = z.infer<typeof initializeRequestSchema>;

export const submitRequestSchema = initializeRequestSchema.extend({
  component_id: z.string().optional(),
  current_canvas: z.unknown().optional(),
  input_values: z.record(z.string(), z.unknown()).optional(),
  stored_data: z.record(z.string(), z.unknown()).optional(),
});
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

// ---- response components -------------------------------------------------------------------

export const textComponentSchema = z.strictObject({
  type: z.literal('text'),
  id: z.string().optional(),
  text: z.string().min(1),
  align: z.enum(['left', 'center', 'right']).optional(),
  style: z.enum(['header', 'paragraph', 'muted', 'error']).optional(),
  bottom_margin: z.literal('none').optional(),
});

export const listItemSchema = z.strictObject({
  type: z.literal('item'),
  id: z.string().min(1),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  tertiary_text: z.string().optional(),
  disabled: z.boolean().optional(),
  action: z.strictObject({ type: z.literal('submit') }).optional(),
});

export const listComponentSchema = z.strictObject({
  type: z.literal('list'),
  id: z.string().optional(),
  disabled: z.boolean().optional(),
  items: z.array(listItemSchema).min(1),
});

export const dataTableComponentSchema = z.strictObject({
  type: z.literal('data-table'),
  id: z.string().optional(),
  items: z.array(z.strictObject({ type: z.literal('field-value'), field: z.string().min(1), value: z.string() })).min(1),
});

export const buttonComponentSchema = z.strictObject({
  type: z.literal('button'),
  id: z.string().min(1),
  label: z.string().min(1),
  style: z.enum(['primary', 'secondary', 'link']).optional(),
  disabled: z.boolean().optional(),
  action: z.strictObject({ type: z.literal('submit') }),
});

export const dividerComponentSchema = z.strictObject({
  type: z.literal('divider'),
  id: z.string().optional(),
  bottom_margin: z.literal('none').optional(),
});

export const spacerComponentSchema = z.strictObject({
  type: z.literal('spacer'),
  id: z.string().optional(),
  size: z.enum(['xs', 's', 'm', 'l', 'xl']).optional(),
});

export const textAreaComponentSchema = z.strictObject({
  type: z.literal('textarea'),
  id: z.string().min(1),
  label: z.string().optional(),
  placeholder: z.string().optional(),
  value: z.string().optional(),
  disabled: z.boolean().optional(),
});

export const canvasComponentSchema = z.discriminatedUnion('type', [
  textAreaComponentSchema,
  textComponentSchema,
  listComponentSchema,
  dataTableComponentSchema,
  buttonComponentSchema,
  dividerComponentSchema,
  spacerComponentSchema,
]);
export type CanvasComponent = z.infer<typeof canvasComponentSchema>;
export type ListItem = z.infer<typeof listItemSchema>;
export type FieldValue = z.infer<typeof dataTableComponentSchema>['items'][number];

export const canvasResponseSchema = z.strictObject({
  canvas: z.strictObject({
    content: z.strictObject({ components: z.array(canvasComponentSchema).min(1) }),
    stored_data: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type CanvasResponse = z.infer<typeof canvasResponseSchema>;

/** Intercom rejects content (and stored data) over 64 KB. */
export const MAX_CANVAS_BYTES = 64 * 1024;
