/**
 * `riskdesk decisions --show ID` as text a person reads: what was decided, what riskdesk wrote
 * (or, in shadow mode, would have written) and the note rendered as plain text.
 */
import type { DecisionDetail, WriteBackOutcome, WritePlan } from '../audit/types';
import type { CrisisProviderAudit } from '../crisis-provider/types';
import { htmlToText } from '../helpdesk/html';
import type { ActionsStatus } from '../sidebar/context-view';
import { actionsHeading } from '../sidebar/format';

const STATUS_OF: Record<WriteBackOutcome, ActionsStatus> = { written: 'taken', unchanged: 'taken', shadow: 'shadow', failed: 'failed' };

const row = (label: string, value: string): string => `  ${label.padEnd(10)} ${value}`;
const indent = (text: string): string => text.split('\n').map((line) => (line ? `  ${line}` : '')).join('\n');
const named = (name: string | null, id: string | null): string => (name === null ? 'none' : id === null ? `${name} (not mapped for this helpdesk)` : `${name} → ${id}`);

/** The crisis second opinion in one line: who answered, how it ended, what it changed. */
function providerLine(p: CrisisProviderAudit | null): string {
  if (!p) return 'none (local crisis detector only)';
  const who = `${p.provider} (${p.model}${p.promptVersion ? `, prompt ${p.promptVersion}` : ''})`;
  const said = p.outcome === 'ok' ? `, said ${p.tier ?? 'none'}${p.category ? ` (${p.category})` : ''}` : p.detail ? `— ${p.detail}` : '';
  const effect = p.raisedTier ? 'raised the tier' : 'local verdict stands';
  return `${who}: ${p.outcome} in ${p.latencyMs} ms${said ? (said.startsWith(',') ? said : ` ${said}`) : ''}; ${effect}`;
}

function header(d: DecisionDetail): string[] {
  const outcome = `${d.outcome}${d.outcomeDetail ? ` (${d.outcomeDetail})` : ''}`;
  const failure = d.outcome === 'failed' ? ` — HTTP ${d.failureStatus ?? '-'}: ${d.failureSummary ?? 'no detail'}` : '';
  return [
    `Decision ${d.id} — ${d.source} ticket ${d.ticketId}`,
    row('recorded', d.createdAt),
    row('outcome', `${outcome}${failure}`),
    row('intent', d.intent ?? 'none (no decision)'),
    row('risk', d.level === null ? 'none' : `${d.level} ${d.score ?? '?'}/100${d.reasonCodes.length ? ` (${d.reasonCodes.join(', ')})` : ''}`),
    row('crisis', `${d.crisis ? 'YES' : d.crisisReview ? 'REVIEW — possible danger, read for safety first' : 'no'}${d.crisisCategory ? ` (${d.crisisCategory})` : ''}`),
    row('provider', providerLine(d.crisisProvider)),
    row('rules', `${d.rulesVersion ?? 'n/a'}${d.firedRules.length ? ` (fired: ${d.firedRules.join(', ')})` : ''}`),
    row('note ref', d.noteRef ?? 'none'),
  ];
}

function planLines(plan: WritePlan): string[] {
  const fields = Object.entries(plan.fields).map(([key, value]) => `${key} = ${value}`);
  return [
    row('priority', plan.priority),
    row('route', named(plan.route.name, plan.route.id)),
    row('tags', plan.tags.join(', ') || 'none'),
    row('macros', plan.macros.map((m) => named(m.name, m.id)).join(', ') || 'none'),
    row('fields', fields.join(', ') || 'none configured'),
  ];
}

export function formatDecisionDetail(d: DecisionDetail): string {
  const lines = header(d);
  lines.push('', actionsHeading(STATUS_OF[d.outcome]));
  if (!d.writePlan) {
    lines.push('  No write plan recorded: the decision predates write plans, or the job failed before deciding.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(...planLines(d.writePlan), '', d.outcome === 'shadow' ? 'Note (shadow — not posted)' : 'Note', indent(htmlToText(d.writePlan.note.html)));
  return `${lines.join('\n')}\n`;
}
