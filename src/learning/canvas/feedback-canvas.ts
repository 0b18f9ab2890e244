/**
 * "Teach riskdesk" in the Intercom Canvas Kit app: buttons under a decided conversation's canvas
 * (Intent wrong?, This is a crisis, Not a crisis, Risk too high / too low) and an optional comment.
 * "Intent wrong?" opens a picker of the 12 intents (a clickable list: Canvas Kit dropdowns hold at
 * most 10 options). Each choice is recorded as a label by the admin who clicked.
 */
import type { ContextView } from '../../sidebar/context-view';
import type { CanvasComponent, CanvasResponse, SubmitRequest } from '../../sidebar/canvas/schemas';
import { INTENTS, type Intent } from '../../triage/types';
import type { LabelKind } from '../labels/label-types';

export const FEEDBACK_PREFIX = 'rd_fb_';
export const COMMENT_ID = `${FEEDBACK_PREFIX}comment`;
export const PICK_INTENT_ID = `${FEEDBACK_PREFIX}pick_intent`;
export const BACK_ID = `${FEEDBACK_PREFIX}back`;
const INTENT_ITEM_PREFIX = `${FEEDBACK_PREFIX}intent__`;

const KIND_BUTTONS: Array<{ kind: Exclude<LabelKind, 'intent'>; label: string }> = [
  { kind: 'crisis', label: 'This is a crisis' },
  { kind: 'not_crisis', label: 'Not a crisis' },
  { kind: 'risk_too_high', label: 'Risk too high' },
  { kind: 'risk_too_low', label: 'Risk too low' },
];

const humanize = (name: string): string => name.replace(/_/g, ' ');
const text = (value: string, style: 'header' | 'paragraph' | 'muted' | 'error' = 'paragraph'): CanvasComponent => ({ type: 'text', text: value, style });

function commentBox(value: string | undefined): CanvasComponent {
  return { type: 'textarea', id: COMMENT_ID, label: 'Comment (optional)', placeholder: 'Why is riskdesk wrong here?', ...(value ? { value } : {}) };
}

/** What a submit asks for: the intent picker, a label, going back, or nothing of ours. */
export type FeedbackAction = { type: 'pick' } | { type: 'back' } | { type: 'label'; kind: LabelKind; intent?: Intent; comment?: string };

export function commentOf(request: SubmitRequest): string | undefined {
  const value = request.input_values?.[COMMENT_ID];
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 1000) : undefined;
}

export function feedbackAction(request: SubmitRequest): FeedbackAction | null {
  const id = request.component_id ?? '';
  if (!id.startsWith(FEEDBACK_PREFIX)) return null;
  if (id === PICK_INTENT_ID) return { type: 'pick' };
  if (id === BACK_ID) return { type: 'back' };
  const comment = commentOf(request);
  if (id.startsWith(INTENT_ITEM_PREFIX)) {
    const intent = id.slice(INTENT_ITEM_PREFIX.length);
    const known = INTENTS.find((name) => name === intent);
    return known ? { type: 'label', kind: 'intent', intent: known, ...(comment ? { comment } : {}) } : null;
  }
  const button = KIND_BUTTONS.find((b) => id === `${FEEDBACK_PREFIX}${b.kind}`);
  return button ? { type: 'label', kind: button.kind, ...(comment ? { comment } : {}) } : null;
}

/** The section appended to a decided conversation's canvas; `notice` reports the last click. */
export function feedbackComponents(view: ContextView, notice: { text: string; error: boolean } | null, comment?: string): CanvasComponent[] {
  if (view.status !== 'decided') return [];
  return [
    { type: 'divider' },
    text('Teach riskdesk', 'header'),
    ...(notice ? [text(notice.text, notice.error ? 'error' : 'muted')] : []),
    { type: 'button', id: PICK_INTENT_ID, label: 'Intent wrong?', style: 'secondary', action: { type: 'submit' } },
    ...KIND_BUTTONS.map((b): CanvasComponent => ({ type: 'button', id: `${FEEDBACK_PREFIX}${b.kind}`, label: b.label, style: 'secondary', action: { type: 'submit' } })),
    commentBox(comment),
  ];
}

/** The intent picker: the 12 intents, the current one marked, and Back. */
export function intentPickerCanvas(view: ContextView, comment?: string): CanvasResponse {
  return {
    canvas: {
      content: {
        components: [
          text('Which intent is right?', 'header'),
          text(`riskdesk said: ${humanize(view.intent)}`, 'muted'),
          {
            type: 'list',
            items: INTENTS.map((name) => ({
              type: 'item' as const,
              id: `${INTENT_ITEM_PREFIX}${name}`,
              title: humanize(name),
              ...(name === view.intent ? { subtitle: 'riskdesk’s choice' } : {}),
              action: { type: 'submit' as const },
            })),
          },
          commentBox(comment),
          { type: 'button', id: BACK_ID, label: 'Back', style: 'link', action: { type: 'submit' } },
        ],
      },
    },
  };
}
