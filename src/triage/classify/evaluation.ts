/**
 * Scoring the classifier and crisis detector against labelled tickets (JSON Lines, one
 * `{id, lang, subject?, text, intent, intents?, crisis?}` per line; other fields are ignored). Used by the fixture tests and
 * by bench/classifier-eval.ts; a T&S lead can run it on any labelled export.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { detectCrisis } from '../crisis';
import { INTENTS, type Intent } from '../types';
import { classifyIntents } from './index';

export const LabelledTicketSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['en', 'de', 'es', 'pl', 'fr', 'it']),
  subject: z.string().default(''),
  text: z.string(),
  intent: z.enum(INTENTS),
  intents: z.array(z.enum(INTENTS)).optional(),
  crisis: z.boolean().default(false),
});
export type LabelledTicket = z.infer<typeof LabelledTicketSchema>;

export function loadLabelledTickets(path: string): LabelledTicket[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const tickets: LabelledTicket[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON; each line must be one labelled ticket object`);
    }
    const parsed = LabelledTicketSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${path}:${i + 1}: invalid labelled ticket: ${parsed.error.message}`);
    tickets.push(parsed.data);
  });
  return tickets;
}

export interface Prediction {
  ticket: LabelledTicket;
  intent: Intent;
  crisis: boolean;
}

export interface Metrics {
  total: number;
  intentAccuracy: number;
  perIntent: Record<Intent, { precision: number; recall: number; support: number }>;
  crisis: { tp: number; fp: number; fn: number; tn: number; recall: number; precision: number };
  misses: Prediction[];
}

export function predict(tickets: readonly LabelledTicket[]): Prediction[] {
  return tickets.map((ticket) => ({
    ticket,
    intent: classifyIntents(ticket.text, ticket.subject).intent,
    crisis: detectCrisis(`${ticket.subject}\n${ticket.text}`).crisis,
  }));
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function computeMetrics(predictions: readonly Prediction[]): Metrics {
  const perIntent = {} as Metrics['perIntent'];
  for (const intent of INTENTS) {
    const tp = predictions.filter((p) => p.intent === intent && p.ticket.intent === intent).length;
    const predicted = predictions.filter((p) => p.intent === intent).length;
    const support = predictions.filter((p) => p.ticket.intent === intent).length;
    perIntent[intent] = { precision: ratio(tp, predicted), recall: ratio(tp, support), support };
  }
  const count = (pred: boolean, gold: boolean): number =>
    predictions.filter((p) => p.crisis === pred && p.ticket.crisis === gold).length;
  const tp = count(true, true);
  const fp = count(true, false);
  const fn = count(false, true);
  const tn = count(false, false);
  return {
    total: predictions.length,
    intentAccuracy: ratio(predictions.filter((p) => p.intent === p.ticket.intent).length, predictions.length),
    perIntent,
    crisis: { tp, fp, fn, tn, recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) },
    misses: predictions.filter((p) => p.intent !== p.ticket.intent || p.crisis !== p.ticket.crisis),
  };
}
