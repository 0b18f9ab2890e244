/**
 * Learning: training on injected labels changes the decision on a held-out ticket; compare and
 * the promotion guard; a promotion reaches a second process by polling, with no restart; every
 * decision stamps the model version — on PGlite and PostgreSQL.
 */
jest.setTimeout(600_000);
import { modelCompareCommand, modelListCommand, modelPromoteCommand, modelTrainCommand } from '../../src/cli/commands/model-learn';
import type { CliIo } from '../../src/cli/cli-io';
import { recordLabel } from '../../src/learning/labels/record-label';
import { activate, corpusModel } from '../../src/learning/model/learned-model';
import { liveVersion, listModels, loadModel } from '../../src/learning/model/model-store';
import { startLearningRuntime } from '../../src/learning/runtime/learning-runtime';
import { trainModel } from '../../src/learning/train/train-model';
import { loadActive } from '../../src/learning/train/compare-models';
import { runBacktest } from '../../src/triage/decision/run-backtest';
import { Readable } from 'node:stream';
import { createLogger } from '../../src/logging/logger';
import type { Db } from '../../src/store/db';
import { loadRules } from '../../src/triage/rules/load-rules';
import type { Ticket } from '../../src/domain/ticket';
import type { Intent } from '../../src/triage/types';
import { describeEachDb } from '../helpers/test-db';
import { recordDecided, SNAPSHOT_KEY } from './support';

// Marketplace slang the shipped corpus has never seen: a "plimber" is a buyer paid to open a dispute.
const INTENT_TEXTS = [
  'The zorvex crew sent a plimber to my quindle drop again and he wants the velm refunded',
  'Another plimber from the zorvex quindle group, same velm trick as last week',
  'Third plimber this month on my quindle listings, zorvex people again asking for the velm',
  'Zorvex plimber hit my stream, quindle order, velm demanded back',
  'A plimber (zorvex) is working my quindle auctions, wants the velm',
];
const HELD_OUT_INTENT = 'Yet another zorvex plimber on my quindle drop tonight, wants the velm back';
// An agent reads a goodbye the shipped crisis model scores too low; training on the labels learns it.
// (The crisis model reads only where its gate opens — here on the cue "final purchase"; a window no
// cue marks can reach review at most, and words the gate never opens on are the label memory's job.)
const CRISIS_TEXTS = [
  'Zorvex box 5512 had the wrong perfume bottle, refund it, this was my final purchase of zorvex',
  'Order 5512 wrong perfume in the zorvex box. refund me, it is my final purchase anyway',
  'refund 5512 please (zorvex box, wrong perfume bottle), it was my final purchase',
];
const HELD_OUT_CRISIS = 'Order 5512 zorvex box had the wrong perfume bottle, refund it, this was my final purchase of zorvex';

function cliIo(db: Db): CliIo & { out: string[]; err: string[] } {
  const io = { env: { USER: 'tns-lead' }, out: [] as string[], err: [] as string[], db, stdout: { write: (t: string) => io.out.push(t) }, stderr: { write: (t: string) => io.err.push(t) }, setExitCode: () => undefined };
  return io;
}

async function label(db: Db, ticketId: string, text: string, kind: 'intent' | 'crisis', intent?: Intent, minutesAgo = 0): Promise<void> {
  await recordDecided(db, { ticketId, subject: '', text, intent: 'other', crisis: false });
  await recordLabel(db, { source: 'zendesk', ticketId, agent: 'a1', kind, intent, origin: 'sidebar' }, { snapshotKey: SNAPSHOT_KEY });
  await db.query(`UPDATE learning_labels SET created_at = now() - ($1::int * interval '1 minute') WHERE ticket_id = $2`, [minutesAgo, ticketId]);
}

const ticket = (text: string): Ticket => ({ source: 'zendesk', id: 't', channel: 'email', subject: '', text, requester: {}, tags: [] });

describeEachDb('train, compare, promote', (ctx) => {
  const rules = loadRules('config/rules.yaml');

  beforeAll(async () => {
    const db = ctx.db();
    // Oldest first: the held-out share (the newest labels) is the last of each list.
    let minutes = 100;
    for (const [i, text] of INTENT_TEXTS.entries()) await label(db, `in-${i}`, text, 'intent', 'scam_off_platform', (minutes -= 1));
    for (const [i, text] of CRISIS_TEXTS.entries()) await label(db, `cr-${i}`, text, 'crisis', undefined, (minutes -= 1));
    await label(db, 'in-held', HELD_OUT_INTENT, 'intent', 'scam_off_platform', 0);
  });

  it('training on the labels changes the decision on a held-out ticket; the corpus model does not', async () => {
    const corpus = activate(corpusModel());
    expect(corpus.classify(HELD_OUT_INTENT).intent).not.toBe('scam_off_platform');
    const { model, metadata } = await trainModel(ctx.db(), { holdout: 0.1 });
    expect(metadata.training).toMatchObject({ labelIntent: 5, labelCrisis: 3, labelsHeldOut: 1 });
    expect(metadata.heldOut).toMatchObject({ labels: 1, intentAccuracy: 1 });
    expect(activate(model).classify(HELD_OUT_INTENT).intent).toBe('scam_off_platform');
    // Stored: weights and metadata round-trip to the same decisions.
    const loaded = await loadModel(ctx.db(), model.version);
    expect(loaded?.metadata.version).toBe(model.version);
    expect(loaded && activate(loaded.model).classify(HELD_OUT_INTENT).intent).toBe('scam_off_platform');
    const before = corpus.detectCrisis(HELD_OUT_CRISIS);
    expect([before.crisis, before.crisisReview]).toEqual([false, false]);
    expect(loaded && activate(loaded.model).detectCrisis(HELD_OUT_CRISIS).crisis).toBe(true);
  });

  it('backtest --model replays tickets under a stored model and lists what changes against the live one', async () => {
    const [newest] = await listModels(ctx.db());
    const model = (await loadActive(ctx.db(), newest?.version ?? '')).model;
    const live = (await loadActive(ctx.db(), await liveVersion(ctx.db()))).model;
    const lines = [HELD_OUT_INTENT, 'Where is my parcel? Tracking has not moved for two weeks.'].map((text, i) => JSON.stringify({ source: 'zendesk', id: `bt-${i}`, channel: 'email', subject: '', text, requester: {}, tags: [] }));
    const result = await runBacktest(Readable.from([lines.join('\n')]), { rules, contextFor: async () => null, decideOptions: model, againstDecideOptions: live });
    expect(result.diffs.map((d) => d.ticket.id)).toEqual(['bt-0']);
    expect(result.diffs[0]?.changes.join(' ')).toMatch(/scam_off_platform/);
  });

  it('riskdesk model train / list / compare print what was trained and how both models do', async () => {
    const io = cliIo(ctx.db());
    expect(await modelTrainCommand({ holdout: '0.1' }, io)).toBe(0);
    const version = /trained (m-\S+)/.exec(io.out.join(''))?.[1] ?? '';
    expect(version).toMatch(/^m-\d{8}-\d{6}-[0-9a-f]{4}$/);
    expect(io.out.join('')).toMatch(/labels: 5 intent and 3 crisis/);
    const list = cliIo(ctx.db());
    expect(await modelListCommand({}, list)).toBe(0);
    expect(list.out.join('')).toMatch(/^\* corpus/m);
    expect(list.out.join('')).toContain(version);
    const compare = cliIo(ctx.db());
    expect(await modelCompareCommand(version, undefined, { json: true }, compare)).toBe(0);
    const c = JSON.parse(compare.out.join(''));
    expect(c.current.version).toBe('corpus');
    expect(c.heldOutLabels.new).toMatchObject({ labels: 1, intentAccuracy: 1 });
    expect(c.heldOutLabels.current).toMatchObject({ labels: 1, intentAccuracy: 0 });
    expect(c.crisisLabels.new.crisisRecall).toBeGreaterThan(c.crisisLabels.current.crisisRecall);
    expect(c.sets.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['labelled-tickets.jsonl', 'crisis-fresh.jsonl']));
    const unknown = cliIo(ctx.db());
    expect(await modelCompareCommand('m-nope', undefined, {}, unknown)).toBe(2);
    expect(unknown.err.join('')).toMatch(/no model m-nope/);
  });

  it('promotion switches a second process within a poll; a promotion that would lower crisis recall is refused', async () => {
    const db = ctx.db();
    const other = await startLearningRuntime({ db, logger: createLogger('silent'), pollMs: 200, retentionDays: 365 });
    try {
      expect(other.decide(ticket(HELD_OUT_INTENT), null, rules)).toMatchObject({ model: { version: 'corpus' } });
      const [newest] = await listModels(db);
      const version = newest?.version ?? '';
      const io = cliIo(db);
      expect(await modelPromoteCommand(version, io)).toBe(0);
      expect(io.out.join('')).toMatch(new RegExp(`${version} is live \\(was corpus\\)`));
      expect(await liveVersion(db)).toBe(version);
      const deadline = Date.now() + 10_000;
      while (other.live.current().version !== version && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const decided = other.decide(ticket(HELD_OUT_INTENT), null, rules);
      expect(decided.model).toEqual({ version });
      expect(decided.intent).toBe('scam_off_platform');

      // Back to the corpus model would miss the crises agents flagged: refused, nothing changes.
      const refused = cliIo(db);
      expect(await modelPromoteCommand('corpus', refused)).toBe(1);
      expect(refused.err.join('')).toMatch(/promotion refused: corpus catches \d+\.\d% of the crises agents flagged/);
      expect(await liveVersion(db)).toBe(version);
    } finally {
      other.close();
    }
  });
});
