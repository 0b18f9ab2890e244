/**
 * Learning metrics on the process registry: labels recorded here (by kind, origin and whether
 * they agreed with the decision) and, read from the label store at scrape time (cached 60 s),
 * the agreement rate over every stored label.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Queryable } from '../../store/db';
import type { StoredLabel } from '../labels/label-types';
import { labelAgrees } from '../measure/agreement';

export interface LearningMetrics {
  labelRecorded(label: StoredLabel): void;
}

const CACHE_MS = 60_000;

export function createLearningMetrics(registry: Registry, db: Queryable): LearningMetrics {
  const existing = registry.getSingleMetric('riskdesk_labels_total');
  const labels =
    (existing as Counter<'source' | 'kind' | 'origin' | 'agreement'> | undefined) ??
    new Counter({ name: 'riskdesk_labels_total', help: 'Agent labels recorded by this process, by kind, origin and whether they agreed with the decision', labelNames: ['source', 'kind', 'origin', 'agreement'], registers: [registry] });
  if (!registry.getSingleMetric('riskdesk_label_agreement_ratio')) {
    let cached: { at: number; rows: Array<{ kind: string; agree: number; total: number }> } | null = null;
    new Gauge({
      name: 'riskdesk_label_agreement_ratio',
      help: 'Share of stored agent labels that agree with the decision they were made on, by kind (all = every label)',
      labelNames: ['kind'],
      registers: [registry],
      async collect() {
        if (!cached || Date.now() - cached.at > CACHE_MS) {
          const { rows } = await db.query<{ kind: string; agree: number; total: number }>(AGREEMENT_SQL).catch(() => ({ rows: cached?.rows ?? [] }));
          cached = { at: Date.now(), rows };
        }
        this.reset();
        let agree = 0;
        let total = 0;
        for (const row of cached.rows) {
          this.set({ kind: row.kind }, row.total > 0 ? Number(row.agree) / Number(row.total) : 0);
          agree += Number(row.agree);
          total += Number(row.total);
        }
        if (total > 0) this.set({ kind: 'all' }, agree / total);
      },
    });
  }
  return {
    labelRecorded(label) {
      labels.inc({ source: label.source, kind: label.kind, origin: label.origin, agreement: labelAgrees(label) ? 'agree' : 'disagree' });
    },
  };
}

const AGREEMENT_SQL = `SELECT kind, count(*)::int AS total, count(*) FILTER (WHERE
    (kind = 'intent' AND decided_intent = intent) OR
    (kind = 'crisis' AND (decided_crisis OR decided_crisis_review)) OR
    (kind = 'not_crisis' AND NOT decided_crisis AND NOT decided_crisis_review))::int AS agree
  FROM learning_labels GROUP BY kind`;
