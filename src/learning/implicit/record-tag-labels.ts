/**
 * Records the labels an agent's tag change implies (tag-labels.ts) against the latest decision on
 * the ticket. A ticket riskdesk never decided has nothing to correct: nothing is stored.
 */
import type { HelpdeskSource } from '../../domain/ticket';
import type { Queryable } from '../../store/db';
import type { UpsertResult } from '../labels/label-store';
import { recordLabel, type RecordLabelDeps } from '../labels/record-label';
import type { LabelSpec } from './label-map-schema';
import { labelsFromTagChange } from './tag-labels';

export interface TagChangeInput {
  source: HelpdeskSource;
  ticketId: string;
  agent: string;
  added: readonly string[];
  removed: readonly string[];
}

export async function recordTagLabels(db: Queryable, change: TagChangeInput, labelTags: Readonly<Record<string, LabelSpec>>, deps: RecordLabelDeps = {}): Promise<UpsertResult[]> {
  const implied = labelsFromTagChange(change, labelTags);
  const stored: UpsertResult[] = [];
  for (const label of implied) {
    const result = await recordLabel(db, { source: change.source, ticketId: change.ticketId, agent: change.agent, kind: label.kind, intent: label.intent, origin: label.origin }, deps);
    if (!result) break; // no decision on the ticket: the other labels would find none either
    stored.push(result);
  }
  return stored;
}
