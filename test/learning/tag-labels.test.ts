/**
 * Implicit labels: an agent's tag change on riskdesk's tags (or a team tag the rules file maps)
 * becomes a label through the webhook; riskdesk's own tag changes never do — on PGlite and PostgreSQL.
 */
jest.setTimeout(180_000);
import { listLabels } from '../../src/learning/labels/label-store';
import { recordTagLabels } from '../../src/learning/implicit/record-tag-labels';
import { labelsFromTagChange } from '../../src/learning/implicit/tag-labels';
import type { LabelSpec } from '../../src/learning/implicit/label-map-schema';
import { parseRules } from '../../src/triage/rules/load-rules';
import { readFileSync } from 'node:fs';
import { intercomTagCreated, signIntercom, signZendesk, zendeskTagsChanged } from '../helpers/signing';
import { describeEachDb } from '../helpers/test-db';
import { INTERCOM_ADMIN, INTERCOM_SECRET, startTestIntake, ZENDESK_BOT_ID, ZENDESK_SECRET, type TestIntake } from '../intake/support';
import { recordDecided, SNAPSHOT_KEY } from './support';

const MAP: Record<string, LabelSpec> = { confirmed_scam: { kind: 'intent', intent: 'scam_off_platform' }, false_alarm: { kind: 'not_crisis' } };

describe('labelsFromTagChange', () => {
  it('reads intent replacements, crisis tags added or removed, and mapped team tags', () => {
    expect(labelsFromTagChange({ added: ['riskdesk_intent_counterfeit'], removed: ['riskdesk_intent_item_not_received'] })).toEqual([{ kind: 'intent', intent: 'counterfeit', origin: 'tag' }]);
    expect(labelsFromTagChange({ added: ['riskdesk_crisis'], removed: [] })).toEqual([{ kind: 'crisis', origin: 'tag' }]);
    expect(labelsFromTagChange({ added: ['riskdesk_crisis_review'], removed: [] })).toEqual([{ kind: 'crisis', origin: 'tag' }]);
    expect(labelsFromTagChange({ added: [], removed: ['riskdesk_crisis'] })).toEqual([{ kind: 'not_crisis', origin: 'tag' }]);
    // review → crisis is an upgrade, not "not a crisis"
    expect(labelsFromTagChange({ added: ['riskdesk_crisis'], removed: ['riskdesk_crisis_review'] })).toEqual([{ kind: 'crisis', origin: 'tag' }]);
    expect(labelsFromTagChange({ added: ['confirmed_scam', 'vip'], removed: [] }, MAP)).toEqual([{ kind: 'intent', intent: 'scam_off_platform', origin: 'rules_map' }]);
    expect(labelsFromTagChange({ added: ['riskdesk_intent_bogus', 'vip', 'riskdesk_risk_high'], removed: ['riskdesk_intent_other'] })).toEqual([]);
  });

  it('the rules file may map team tags to labels, validated', () => {
    const base = readFileSync('config/rules.yaml', 'utf8');
    const rules = parseRules(`${base}\nlabels:\n  tags:\n    confirmed_scam: { kind: intent, intent: scam_off_platform }\n`);
    expect(rules.labelTags).toEqual({ confirmed_scam: { kind: 'intent', intent: 'scam_off_platform' } });
    expect(() => parseRules(`${base}\nlabels:\n  tags:\n    confirmed_scam: { kind: intent }\n`)).toThrow(/intent/);
  });
});

describeEachDb('implicit labels from tag-change webhooks', (ctx) => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({}, { onTagChange: (change) => recordTagLabels(ctx.db(), change, MAP, { snapshotKey: SNAPSHOT_KEY }).then(() => undefined) });
  });
  afterAll(async () => intake.close());

  const labelsOf = async (ticketId: string) => (await listLabels(ctx.db())).filter((l) => l.ticketId === ticketId);

  it('an agent replacing riskdesk’s intent tag, or flagging a crisis, records labels; the change is still acknowledged', async () => {
    await recordDecided(ctx.db(), { ticketId: 'tag-1', intent: 'item_not_received' });
    const res = await intake.post('/webhooks/zendesk', signZendesk(zendeskTagsChanged({ ticketId: 'tag-1', actorId: '5551', added: ['riskdesk_intent_counterfeit', 'riskdesk_crisis'], removed: ['riskdesk_intent_item_not_received'] }), ZENDESK_SECRET));
    expect(res).toMatchObject({ status: 202, body: { accepted: true, ignored: 'own_tags' } });
    const labels = await labelsOf('tag-1');
    expect(labels.map((l) => [l.kind, l.intent, l.agent, l.origin]).sort()).toEqual([
      ['crisis', null, '5551', 'tag'],
      ['intent', 'counterfeit', '5551', 'tag'],
    ]);
    expect(labels[0]?.decision).toMatchObject({ intent: 'item_not_received' });
    expect(labels[0]?.hasText).toBe(true);
  });

  it('an agent removing riskdesk_crisis records "not a crisis"; a mapped team tag records its label', async () => {
    await recordDecided(ctx.db(), { ticketId: 'tag-2', crisis: true });
    await intake.post('/webhooks/zendesk', signZendesk(zendeskTagsChanged({ ticketId: 'tag-2', actorId: '5552', added: ['confirmed_scam'], removed: ['riskdesk_crisis'] }), ZENDESK_SECRET));
    expect((await labelsOf('tag-2')).map((l) => [l.kind, l.intent, l.origin]).sort()).toEqual([
      ['intent', 'scam_off_platform', 'rules_map'],
      ['not_crisis', null, 'tag'],
    ]);
  });

  it('riskdesk’s own tag changes never create labels (Zendesk bot user, Intercom admin)', async () => {
    await recordDecided(ctx.db(), { ticketId: 'tag-3' });
    await recordDecided(ctx.db(), { ticketId: 'tag-4', source: 'intercom' });
    const own = await intake.post('/webhooks/zendesk', signZendesk(zendeskTagsChanged({ ticketId: 'tag-3', actorId: ZENDESK_BOT_ID, added: ['riskdesk_crisis', 'riskdesk_intent_counterfeit'] }), ZENDESK_SECRET));
    expect(own.body).toMatchObject({ accepted: true, ignored: 'own_update' });
    const adminTag = withAuthor(intercomTagCreated({ conversationId: 'tag-4', tagsAdded: ['riskdesk_crisis'] }), INTERCOM_ADMIN);
    expect((await intake.post('/webhooks/intercom', signIntercom(adminTag, INTERCOM_SECRET))).status).toBe(202);
    expect(await labelsOf('tag-3')).toEqual([]);
    expect(await labelsOf('tag-4')).toEqual([]);
  });

  it('an Intercom admin adding riskdesk_crisis records a label; a ticket riskdesk never decided records none', async () => {
    await recordDecided(ctx.db(), { ticketId: 'tag-5', source: 'intercom' });
    const tagged = withAuthor(intercomTagCreated({ conversationId: 'tag-5', tagsAdded: ['riskdesk_crisis'] }), '777');
    expect((await intake.post('/webhooks/intercom', signIntercom(tagged, INTERCOM_SECRET))).status).toBe(202);
    expect((await labelsOf('tag-5')).map((l) => [l.kind, l.agent, l.source])).toEqual([['crisis', '777', 'intercom']]);
    await intake.post('/webhooks/zendesk', signZendesk(zendeskTagsChanged({ ticketId: 'tag-never', actorId: '5551', added: ['riskdesk_crisis'] }), ZENDESK_SECRET));
    expect(await labelsOf('tag-never')).toEqual([]);
  });
});

/** The tag-created notification with an admin part, as Intercom sends it when an admin tags. */
function withAuthor(payload: Record<string, unknown>, adminId: string): Record<string, unknown> {
  const item = (payload.data as { item: Record<string, unknown> }).item;
  item.conversation_parts = { type: 'conversation_part.list', conversation_parts: [{ type: 'conversation_part', id: '1', part_type: 'open', body: null, created_at: 1700000000, author: { type: 'admin', id: adminId, name: 'Agent', email: 'agent@example.com' } }], total_count: 1 };
  return payload;
}
