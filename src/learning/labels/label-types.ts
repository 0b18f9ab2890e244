/**
 * Labels: an agent's correction of a decision. Kinds, origins and the feedback body, validated
 * with zod at the boundary (POST /api/feedback, the Canvas Kit buttons, tag changes).
 */
import { z } from 'zod';
import { HELPDESK_SOURCES, type HelpdeskSource } from '../../domain/ticket';
import { INTENTS, type Intent } from '../../triage/types';

export const LABEL_KINDS = ['intent', 'crisis', 'not_crisis', 'risk_too_high', 'risk_too_low'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** Where a label came from: a sidebar button, a tag change on the ticket, or the rules file's label map. */
export const LABEL_ORIGINS = ['sidebar', 'tag', 'rules_map'] as const;
export type LabelOrigin = (typeof LABEL_ORIGINS)[number];

/** Kinds that contradict each other: recording one withdraws the other from the same agent. */
export const OPPOSITE_KIND: Partial<Record<LabelKind, LabelKind>> = {
  crisis: 'not_crisis',
  not_crisis: 'crisis',
  risk_too_high: 'risk_too_low',
  risk_too_low: 'risk_too_high',
};

const id = (what: string) =>
  z
    .string({ error: `is required (${what})` })
    .trim()
    .min(1, `is required (${what})`)
    .max(64, 'is at most 64 characters')
    .regex(/^[A-Za-z0-9._:@-]+$/, 'may contain letters, digits, ".", "_", ":", "@" and "-" only');

export const feedbackBodySchema = z
  .strictObject({
    source: z.enum(HELPDESK_SOURCES, { error: 'must be zendesk or intercom' }),
    ticket: id('the helpdesk ticket or conversation id'),
    kind: z.enum(LABEL_KINDS, { error: `must be one of ${LABEL_KINDS.join(', ')}` }),
    intent: z.enum(INTENTS, { error: `must be one of the 12 intents: ${INTENTS.join(', ')}` }).optional(),
    agent: id('the helpdesk user or admin id of the agent'),
    comment: z.string({ error: 'must be text' }).trim().max(1000, 'is at most 1000 characters').optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'intent' && body.intent === undefined) ctx.addIssue({ code: 'custom', path: ['intent'], message: 'is required when kind is intent (one of the 12 intents)' });
    if (body.kind !== 'intent' && body.intent !== undefined) ctx.addIssue({ code: 'custom', path: ['intent'], message: 'is only allowed when kind is intent' });
  });

export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

/** What a caller asks to record. */
export interface LabelInput {
  source: HelpdeskSource;
  ticketId: string;
  agent: string;
  kind: LabelKind;
  intent?: Intent;
  comment?: string;
  origin: LabelOrigin;
}

/** What a label records of the decision it corrects (read from the audit trail). */
export interface DecisionSummary {
  intent: string | null;
  crisis: boolean;
  crisisReview: boolean;
  level: string | null;
  modelVersion: string | null;
  rulesVersion: string | null;
}

/** A stored label, as the API answers it. */
export interface StoredLabel {
  id: string;
  source: HelpdeskSource;
  ticketId: string;
  agent: string;
  kind: LabelKind;
  intent: Intent | null;
  comment: string | null;
  origin: LabelOrigin;
  /** The decision corrected: the latest recorded one on the ticket when the label was made. */
  decision: DecisionSummary & { id: string | null };
  /** Whether the masked ticket text is still kept (cleared after LABEL_RETENTION_DAYS). */
  hasText: boolean;
  createdAt: string;
  updatedAt: string;
}
