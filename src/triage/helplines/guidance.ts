/**
 * Short safe-handling guidance for agents, shown with the crisis and review banners (note and
 * sidebars). Summarised from published practice (988 #BeThe1To, Samaritans, WHO/IASP, NDVH):
 * what to say and what not to say. Plain text: escape before use.
 */
import type { CrisisCategory } from '../crisis/taxonomy';

const ALWAYS = [
  'Address the person before the order: acknowledge them and ask directly whether they are safe. Refunds and disputes come later and are never a condition of help.',
  'Do not promise secrecy, argue or dismiss. Do not ask for, quote or repeat method details.',
  'A person reads every flagged message: do not close, merge, snooze or auto-reply.',
];

const CHANNEL_SAFETY = 'Ask whether it is safe to reply in this channel; send nothing an abuser might read, and never tell the other party a report was made.';
const CHILD_SAFETY = 'Follow the child-safety path: in the US make a CyberTipline report; in the UK and Ireland call the police if a child is in immediate danger.';
const EMERGENCY = 'If someone is in danger right now, give the emergency number and stay with them in the conversation.';

const EXTRA: Partial<Record<CrisisCategory, string>> = {
  domestic_abuse: CHANNEL_SAFETY,
  stalking: CHANNEL_SAFETY,
  threat_to_writer: CHANNEL_SAFETY,
  child_safety: CHILD_SAFETY,
  medical_emergency: EMERGENCY,
};

export function safeHandlingGuidance(category: CrisisCategory | null): string[] {
  const extra = category === null ? undefined : EXTRA[category];
  return extra ? [extra, ...ALWAYS] : [...ALWAYS];
}
