/**
 * The ticket text kept with a label, masked as the notes and sidebars mask free text: email
 * addresses shortened, phone and card-like digit runs hidden. Bounded, so one label stays small.
 */
import { maskEmailsIn } from '../../sidebar/text';

export const MAX_LABEL_TEXT = 8000;

const LONG_DIGITS = /\+?\d[\d ()./-]{7,}\d/g;

export function maskLabelText(subject: string, text: string): string {
  const joined = subject !== '' ? `${subject}\n${text}` : text;
  return maskEmailsIn(joined).replace(LONG_DIGITS, '[number]').slice(0, MAX_LABEL_TEXT);
}
