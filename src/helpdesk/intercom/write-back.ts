import type { Ticket } from '../../domain/ticket';
import { htmlToText, suggestedReplySection } from '../html';
import { withSentRequests } from '../errors';
import type { SentRequest, SkippedStep, WriteBackReport } from '../types';
import type { IntercomApi, IntercomConversationUpdate } from './api';
import { toIntercomNoteHtml } from './note-html';
import { INTERCOM_PRIORITY, versionAcceptsPriority, versionSupportsMacros } from './version';

export interface IntercomWriteBackInput {
  ticket: Ticket;
  /** Internal note HTML; null/'' = no note this time (the other steps still run). */
  noteHtml: string | null;
  teamId?: string;
  tags: string[];
  priority?: string;
  customAttributes: Record<string, string | number>;
  macroIds: string[];
}

async function macroSuggestions(api: IntercomApi, macroIds: string[], requests: SentRequest[]): Promise<string[]> {
  const sections: string[] = [];
  for (const macroId of macroIds) {
    const sent = await api.getMacro(macroId);
    requests.push(sent.request);
    const text = sent.data.body_text ?? (sent.data.body ? htmlToText(sent.data.body) : '');
    if (text.trim()) sections.push(suggestedReplySection(`macro ${sent.data.name ?? macroId}`, text));
  }
  return sections;
}

async function addTags(api: IntercomApi, ticket: Ticket, tags: string[], requests: SentRequest[]): Promise<void> {
  const present = new Set(ticket.tags.map((tag) => tag.toLowerCase()));
  for (const name of new Set(tags)) {
    if (present.has(name.toLowerCase())) continue;
    const tag = await api.findOrCreateTagId(name);
    if (tag.request) requests.push(tag.request);
    requests.push((await api.tagConversation(ticket.id, tag.id)).request);
  }
}

function conversationUpdate(api: IntercomApi, input: IntercomWriteBackInput, skipped: SkippedStep[]): IntercomConversationUpdate {
  const update: IntercomConversationUpdate = {};
  if (Object.keys(input.customAttributes).length > 0) update.custom_attributes = input.customAttributes;
  if (input.priority) {
    const priority = INTERCOM_PRIORITY[input.priority];
    if (versionAcceptsPriority(api.version) && priority) update.priority = priority;
    else skipped.push({ step: 'priority', reason: `Intercom-Version ${api.version} treats priority as read-only (only Unstable accepts it)` });
  }
  return update;
}

/**
 * Writes one decision back to an Intercom conversation. Every step is safe to repeat: tags and
 * attributes are idempotent, assignment re-asserts the same team, and the note goes LAST so a
 * failure in any earlier step leaves no note behind (the retry writes it once); a note that did
 * land before a crash is found by hydration (existingNoteRefs) and skipped by the worker.
 */
export async function writeBackIntercom(api: IntercomApi, input: IntercomWriteBackInput): Promise<WriteBackReport> {
  const requests: SentRequest[] = [];
  const skipped: SkippedStep[] = [];
  await withSentRequests(requests, () => writeSteps(api, input, requests, skipped));
  return skipped.length > 0 ? { requests, skipped } : { requests };
}

async function writeSteps(api: IntercomApi, input: IntercomWriteBackInput, requests: SentRequest[], skipped: SkippedStep[]): Promise<void> {
  const wantsNote = Boolean(input.noteHtml);
  let suggestions: string[] = [];
  if (input.macroIds.length > 0 && wantsNote) {
    if (versionSupportsMacros(api.version)) suggestions = await macroSuggestions(api, input.macroIds, requests);
    else skipped.push({ step: 'macros', reason: `Intercom-Version ${api.version} has no macros API (2.15+ or Unstable)` });
  }
  await addTags(api, input.ticket, input.tags, requests);
  if (input.teamId) requests.push((await api.assignToTeam(input.ticket.id, input.teamId)).request);
  const update = conversationUpdate(api, input, skipped);
  if (Object.keys(update).length > 0) requests.push((await api.updateConversation(input.ticket.id, update)).request);
  if (wantsNote) requests.push((await api.replyNote(input.ticket.id, toIntercomNoteHtml([input.noteHtml ?? '', ...suggestions].join('')))).request);
}
