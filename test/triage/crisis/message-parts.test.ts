/**
 * The parts of a message the crisis model reads apart: the customer's own words without greeting,
 * closing and device lines, and each quoted or forwarded message — never a sentence that says more.
 */
import { messageParts } from '../../../src/triage/crisis/message-parts';

describe('messageParts', () => {
  it('leaves a one-line message as it is', () => {
    expect(messageParts('Hi, where is my order?')).toEqual(['Hi, where is my order?']);
  });

  it.each([
    ['Hello,\nmy parcel is late.\nBest regards,\nJohn Smith\nSent from my iPhone', ['my parcel is late.\nJohn Smith']],
    ['Sehr geehrtes Support-Team,\n\nmein Paket fehlt.\n\nMit freundlichen Grüßen', ['mein Paket fehlt.']],
    ['Dear Sir or Madam,\nla carte est pliée.\nCordialement,', ['la carte est pliée.']],
    ['Dzień dobry,\npaczka nie doszła.\nPozdrawiam serdecznie\nKlient 4', ['paczka nie doszła.\nKlient 4']],
    ['Ciao a tutti,\nil pacco è fermo.\nGrazie mille, Elena\nInviato da iPhone', ['il pacco è fermo.']],
  ])('removes greeting, closing and device lines: %j', (text, parts) => {
    expect(messageParts(text)).toEqual(parts);
  });

  it.each([
    'Hi, I want to die\nThanks for everything\nBye',
    'Hello everyone, I will not be around much longer.\nGoodbye everyone',
    'Dear team, I cannot go on like this\nplease cancel my orders',
  ])('never removes a line that says more than a formula: %j', (text) => {
    expect(messageParts(text).join('\n')).toBe(text);
  });

  it('reads each quoted or forwarded message apart, without its markers and header block', () => {
    const text = [
      'Still nothing arrived.',
      '',
      'On Tue, 4 Nov, Support <help@example.com> wrote:',
      '> Thank you for contacting us.',
      '> We will update you within 48 hours.',
    ].join('\n');
    expect(messageParts(text)).toEqual(['Still nothing arrived.', 'Thank you for contacting us.\nWe will update you within 48 hours.']);
    const forwarded = ['Please look at this.', '---------- Message transféré ---------', 'De : Service client', 'Objet : Re: votre demande', '', 'Bonjour, nous revenons vers vous.'].join('\n');
    expect(messageParts(forwarded)).toEqual(['Please look at this.', 'Bonjour, nous revenons vers vous.']);
  });

  it('keeps a quoted block and the words after it apart', () => {
    expect(messageParts('> where is it?\nI am scared he will come back tonight')).toEqual(['I am scared he will come back tonight', 'where is it?']);
  });

  it('reads a chat transcript one speaker at a time, without timestamps and names', () => {
    expect(messageParts('[16:04] Cliente: hola\n[16:14] Agente: ¿en qué puedo ayudarte?\n[16:17] Cliente: no me llega el pedido')).toEqual([
      'no me llega el pedido',
      '¿en qué puedo ayudarte?',
    ]);
  });

  it("keeps a chat turn's further lines with its speaker, up to a blank line", () => {
    const transcript = [
      'Chat transcript',
      '(10:01:02 AM) Visitor 4821: my payout is late',
      'and I cannot sleep because of it',
      '(10:01:40 AM) Anna: Thanks for waiting! Let me check that for you.',
      '(10:02:15 AM) Visitor 4821: ok',
      '',
      'Sent by the chat widget',
    ].join('\n');
    expect(messageParts(transcript)).toEqual([
      'Chat transcript\n\nSent by the chat widget',
      'my payout is late\nand I cannot sleep because of it\nok',
      'Thanks for waiting! Let me check that for you.',
    ]);
  });

  it('gives nothing to read for a message of formulas only', () => {
    expect(messageParts('Hi,\nThanks,\nSent from my iPhone')).toEqual([]);
  });
});
