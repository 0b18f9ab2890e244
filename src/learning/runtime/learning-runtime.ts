/**
 * What a riskdesk process needs from src/learning, composed: the live model (polled), the label
 * memory (polled, and refreshed at once after a label is recorded here), label-text retention,
 * the learning metrics, and `decide`/`detectCrisis` that use them — the label memory merged into
 * the local crisis verdict before decide() sees it.
 */
import type { Logger } from '../../logging/logger';
import type { Metrics } from '../../metrics/metrics';
import type { RiskContext } from '../../risk/types';
import type { Ticket } from '../../domain/ticket';
import type { Db } from '../../store/db';
import { decide, type DecideOptions } from '../../triage/decide';
import type { Rules } from '../../triage/rules/types';
import type { CrisisResult, Decision } from '../../triage/types';
import type { UpsertResult } from '../labels/label-store';
import { pruneLabelText } from '../labels/label-store';
import { createLearningMetrics, type LearningMetrics } from './learning-metrics';
import { EMPTY_MEMORY, type LabelMemory } from '../memory/label-memory';
import { labelMemoryStamp, loadLabelMemory } from '../memory/load-label-memory';
import { withLabelMemory } from '../memory/merge-label-memory';
import { createLiveModel, type LiveModel } from './live-model';
import { startPoller, type Poller } from './poller';

export interface LearningOptions {
  db: Db;
  logger: Logger;
  metrics?: Metrics;
  /** How often the live-model pointer and the label memory are re-read (ms, ≤ 60 000). */
  pollMs: number;
  /** LABEL_RETENTION_DAYS: label text older than this is cleared. */
  retentionDays: number;
  /** Replaces the live model's local crisis detector (tests, experiments); the label memory still merges after it. */
  localCrisis?: (text: string) => CrisisResult;
}

export interface LearningRuntime {
  readonly live: LiveModel;
  memory(): LabelMemory;
  decide(ticket: Ticket, context: RiskContext | null, rules: Rules, options?: DecideOptions): Decision;
  detectCrisis(text: string): CrisisResult;
  /** Called after a label is stored in this process (metrics, immediate memory refresh). */
  onLabelRecorded(result: UpsertResult): void;
  /** Re-reads the pointer and the labels now (tests, after a local promotion). */
  refresh(): Promise<void>;
  metrics: LearningMetrics | null;
  close(): void;
}

const RETENTION_EVERY_MS = 3_600_000;

export async function startLearningRuntime(options: LearningOptions): Promise<LearningRuntime> {
  const { db, logger } = options;
  const live = createLiveModel(db, logger);
  const metrics = options.metrics ? createLearningMetrics(options.metrics.registry, db) : null;
  let memory: LabelMemory = EMPTY_MEMORY;
  let stamp = '';
  let lastPrune = 0;
  const refreshMemory = async (): Promise<void> => {
    const next = await labelMemoryStamp(db);
    if (next === stamp) return;
    memory = await loadLabelMemory(db);
    stamp = next;
    logger.debug({ entries: memory.size }, 'label memory refreshed');
  };
  const prune = async (): Promise<void> => {
    if (Date.now() - lastPrune < RETENTION_EVERY_MS) return;
    lastPrune = Date.now();
    const cleared = await pruneLabelText(db, options.retentionDays);
    if (cleared > 0) logger.info({ cleared, retentionDays: options.retentionDays }, 'label text past its retention cleared');
  };
  const round = async (): Promise<void> => {
    await live.sync();
    await refreshMemory();
    await prune();
  };
  const poller: Poller = startPoller('live model and label memory', Math.min(options.pollMs, 60_000), round, logger);
  await poller.refresh();
  const local = options.localCrisis ?? ((text: string): CrisisResult => live.current().detectCrisis(text));
  const detectCrisis = withLabelMemory(local, () => memory);
  return {
    live,
    memory: () => memory,
    detectCrisis,
    decide(ticket, context, rules, options) {
      const model = live.current();
      // A verdict already merged upstream (second opinion over this detector) takes precedence.
      const decision = decide(ticket, context, rules, { ...options, classify: model.classify, detectCrisis: options?.detectCrisis ?? detectCrisis });
      return { ...decision, model: { version: model.version } };
    },
    onLabelRecorded(result) {
      metrics?.labelRecorded(result.label);
      if (result.label.kind === 'crisis') void poller.refresh();
    },
    refresh: () => poller.refresh(),
    metrics,
    close: () => poller.stop(),
  };
}
