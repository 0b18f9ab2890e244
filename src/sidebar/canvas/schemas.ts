/**
 * Intercom Canvas Kit shapes (intercom-client 7 no longer ships them). Requests are permissive:
 * Intercom adds fields over time, so unknown keys pass through. Responses are strict: only the
 * components riskdesk renders, with the fields the Canvas Kit reference documents.
 */
import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform(String);

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
  conversation: z.looseObject({ id: id.optional() }).optional(),
  contact: z.looseObject({ id: id.optional() }).optional(),
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

export const canvasComponentSchema = z.discriminatedUnion('type', [
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
