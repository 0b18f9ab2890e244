/**
 * What makes two decisions "the same note": a canonical fingerprint of the material parts of a
 * decision. Timestamps, the exact score and the note's wording are left out on purpose, so score
 * jitter inside the same risk level or a re-rendered note never posts a second note.
 */
import { createHash } from 'node:crypto';
import type { Ticket } from '../domain/ticket';
import type { RiskContext } from '../risk/types';
import type { Decision } from '../triage/types';

const sortedUnique = (values: readonly string[]): string[] => [...new Set(values)].sort();

/** The material content of a decision, in a key order and element order that never varies. */
export function materialContent(decision: Decision): Record<string, unknown> {
  return {
    level: decision.risk.level,
    riskAvailable: decision.risk.available ?? true,
    reasons: sortedUnique(decision.risk.reasons.map((reason) => `${reason.code}@${reason.party}`)),
    intent: decision.intent,
    intents: sortedUnique(decision.intents.map((intent) => intent.name)),
    crisis: decision.crisis,
    tags: sortedUnique(decision.actions.tags),
    priority: decision.actions.priority,
    route: decision.actions.route,
    macros: sortedUnique(decision.actions.macros),
    slaMinutes: decision.actions.slaMinutes,
    nextSteps: sortedUnique(decision.actions.nextSteps),
  };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** sha256 (hex) of the canonical material content. */
export function materialFingerprint(decision: Decision): string {
  return sha256Hex(JSON.stringify(materialContent(decision)));
}

export const NOTE_REF_PATTERN = /\brd-[0-9a-f]{8,16}\b/g;

/**
 * The ref a note carries: `rd-` + 12 hex. It hashes the fingerprint together with the ref of the
 * previous note riskdesk wrote on the ticket, so it names this transition, not just this content:
 * a ticket that goes back to an earlier state gets a new ref (and a new note), while a retry of
 * the same write (same previous note) computes the same ref and finds its own note.
 */
export function noteRef(fingerprint: string, previousRef: string | null): string {
  return `rd-${sha256Hex(`${fingerprint}:${previousRef ?? ''}`).slice(0, 12)}`;
}

/** Appends the self-identifying footer to the rendered (HTML) note. */
export function withRefFooter(note: string, ref: string): string {
  return `${note}\n<p><small>riskdesk ref ${ref}</small></p>`;
}

/**
 * Hash of what the decision was computed from (ticket text, identity, tags, and the context's
 * score and reasons), so the audit can tell "same inputs" from "same outcome".
 */
export function inputsHash(ticket: Ticket, context: RiskContext | null): string {
  return sha256Hex(
    JSON.stringify({
      subject: ticket.subject,
      text: ticket.text,
      requester: ticket.requester.externalId ?? ticket.requester.helpdeskUserId ?? ticket.requester.email ?? null,
      tags: sortedUnique(ticket.tags),
      context: context ? { score: context.score, level: context.level, reasons: context.reasons.map((r) => r.code) } : null,
    }),
  );
}
