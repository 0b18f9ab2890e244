/**
 * The normalized ticket JSON the CLI reads (`riskdesk triage`, `riskdesk backtest`), one object
 * per document or per JSON Lines line. Unknown fields are ignored (fixtures may carry labels).
 */
import { z } from 'zod';
import { HELPDESK_SOURCES, type Ticket } from '../domain/ticket';

const MAX_TEXT = 200_000;
const id = z.union([z.string().trim().min(1, 'must not be empty'), z.number().int().nonnegative()]).transform(String);

export const ticketInputSchema = z.object({
  source: z.enum(HELPDESK_SOURCES),
  id,
  channel: z.string().trim().min(1).max(40).default('unknown'),
  subject: z.string().max(2_000, 'subject is over 2,000 characters').default(''),
  text: z.string().max(MAX_TEXT, `text is over ${MAX_TEXT.toLocaleString('en-US')} characters: trim quoted history before triage`),
  requester: z
    .object({
      email: z.email('not a valid email address').optional(),
      externalId: id.optional(),
      name: z.string().max(200).optional(),
    })
    .default({}),
  tags: z.array(z.string().max(200)).max(500).default([]),
  locale: z.string().trim().max(35, 'locale is a BCP 47 tag such as en-GB').optional(),
  createdAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with an offset, e.g. 2026-11-20T10:00:00Z' }).optional(),
});

export type TicketInput = z.input<typeof ticketInputSchema>;

export class TicketInputError extends Error {
  constructor(
    readonly line: number,
    readonly field: string,
    detail: string,
  ) {
    super(`line ${line}${field ? `, field ${field}` : ''}: ${detail}`);
    this.name = 'TicketInputError';
  }
}

/** Validates one parsed JSON value as a ticket; `line` only labels the error. */
export function toTicket(value: unknown, line: number): Ticket {
  const parsed = ticketInputSchema.safeParse(value);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const field = first ? first.path.map(String).join('.') : '';
    const others = rest.map((i) => `; field ${i.path.map(String).join('.') || '(ticket)'}: ${i.message}`).join('');
    const detail = `${first?.message ?? 'invalid ticket'}${others} — expected {"source":"zendesk"|"intercom","id","text",…} (docs/rules.md, Ticket input)`;
    throw new TicketInputError(line, field, detail);
  }
  const input = parsed.data;
  const requester: Ticket['requester'] = {};
  if (input.requester.email !== undefined) requester.email = input.requester.email;
  if (input.requester.externalId !== undefined) requester.externalId = input.requester.externalId;
  if (input.requester.name !== undefined) requester.name = input.requester.name;
  const ticket: Ticket = { source: input.source, id: input.id, channel: input.channel, subject: input.subject, text: input.text, requester, tags: input.tags };
  if (input.locale) ticket.locale = input.locale;
  if (input.createdAt !== undefined) ticket.createdAt = input.createdAt;
  return ticket;
}

/** Parses one JSON Lines line into a ticket, naming the line on any problem. */
export function parseTicketLine(raw: string, line: number): Ticket {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TicketInputError(line, '', `not valid JSON (${reason}) — each line must be one ticket object`);
  }
  return toTicket(value, line);
}
