/**
 * The Canvas Kit side of feedback: records a "Teach riskdesk" click as a label by the admin who
 * clicked (`admin.id` of the signed request), then decorates the canvas — the section under a
 * decided conversation, with a notice saying what was recorded — or shows the intent picker.
 */
import type { Db } from '../../store/db';
import type { ContextView } from '../../sidebar/context-view';
import { MAX_CANVAS_BYTES, type CanvasResponse, type SubmitRequest } from '../../sidebar/canvas/schemas';
import { recordLabel, type RecordLabelDeps } from '../labels/record-label';
import { commentOf, feedbackAction, feedbackComponents, intentPickerCanvas } from './feedback-canvas';

/** Given the view and the base renderer (with a byte budget), the canvas to answer. */
export type CanvasDecorator = (view: ContextView, render: (maxBytes: number) => CanvasResponse) => CanvasResponse;

/** Called for every verified canvas request; `submit` is null for initialize. */
export type CanvasFeedback = (submit: SubmitRequest | null, conversationId: string) => Promise<CanvasDecorator>;

const humanize = (name: string): string => name.replace(/_/g, ' ');

function appended(view: ContextView, render: (maxBytes: number) => CanvasResponse, notice: { text: string; error: boolean } | null, comment?: string): CanvasResponse {
  const tail = feedbackComponents(view, notice, comment);
  const base = render(MAX_CANVAS_BYTES - Buffer.byteLength(JSON.stringify(tail), 'utf8') - 16);
  return { canvas: { ...base.canvas, content: { components: [...base.canvas.content.components, ...tail] } } };
}

export function createCanvasFeedback(db: Db, deps: RecordLabelDeps): CanvasFeedback {
  return async (submit, conversationId) => {
    const action = submit ? feedbackAction(submit) : null;
    if (!submit || !action) return (view, render) => appended(view, render, null);
    if (action.type === 'pick') return (view) => intentPickerCanvas(view, commentOf(submit));
    if (action.type === 'back') return (view, render) => appended(view, render, null, commentOf(submit));
    const agent = submit.admin?.id;
    if (!agent) return (view, render) => appended(view, render, { text: 'Not recorded: the request names no admin.', error: true });
    const result = await recordLabel(db, { source: 'intercom', ticketId: conversationId, agent, kind: action.kind, intent: action.intent, comment: action.comment, origin: 'sidebar' }, deps);
    const notice = result
      ? { text: `Thanks: recorded ${action.kind === 'intent' ? `intent ${humanize(action.intent ?? 'other')}` : humanize(action.kind)}.`, error: false }
      : { text: 'Not recorded: riskdesk has not decided this conversation yet.', error: true };
    return (view, render) => appended(view, render, notice);
  };
}
