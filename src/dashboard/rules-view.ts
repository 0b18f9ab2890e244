/**
 * Rules and model: how often each rule fired, the rules-version timeline, and agreement with
 * agents over the same window — labels from the learning loop that confirm the decision rather
 * than correct it, overall, per label kind and per intent the agents named.
 */
import { labelAgrees } from '../learning/measure/agreement';
import { LABEL_KINDS, type LabelKind } from '../learning/labels/label-types';
import type { Queryable } from '../store/db';
import type { Intent } from '../triage/types';
import { iso, num } from './sql-values';

/** The learning loop's table of agent labels (migration 150); agreement is read from it. */
export const LABELS_TABLE = 'learning_labels';

export interface AgreementCount {
  labelled: number;
  agreed: number;
  rate: number | null;
}

export type Agreement =
  | { enabled: false; message: string }
  | (AgreementCount & { enabled: true; byKind: Array<AgreementCount & { kind: LabelKind }>; byIntent: Array<AgreementCount & { intent: string }> });

export interface RulesView {
  windowDays: number;
  rules: Array<{ id: string; hits: number; lastHour: string | null }>;
  versions: Array<{ version: string; firstSeen: string | null; lastSeen: string | null; decisions: number }>;
  agreement: Agreement;
}

const rate = (agreed: number, labelled: number): number | null => (labelled === 0 ? null : Math.round((agreed / labelled) * 10_000) / 10_000);

function tally<K extends string>(keyOf: (g: LabelGroup) => K | null, groups: LabelGroup[]): Map<K, { labelled: number; agreed: number }> {
  const out = new Map<K, { labelled: number; agreed: number }>();
  for (const g of groups) {
    const key = keyOf(g);
    if (key === null) continue;
    const t = out.get(key) ?? { labelled: 0, agreed: 0 };
    t.labelled += g.n;
    if (g.agrees) t.agreed += g.n;
    out.set(key, t);
  }
  return out;
}

interface LabelGroup {
  kind: LabelKind;
  intent: string | null;
  n: number;
  agrees: boolean;
}

/** Labels made in the window, as the learning loop measures them (labelAgrees): grouped in SQL, so cheap at any size. */
async function agreement(db: Queryable, since: Date): Promise<Agreement> {
  const exists = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [LABELS_TABLE]);
  if (!exists.rows[0]?.present) {
    return { enabled: false, message: `Agreement with agents appears once the learning loop is enabled: its labels table (${LABELS_TABLE}) does not exist yet.` };
  }
  const { rows } = await db.query<{ kind: string; intent: string | null; decided_intent: string | null; flagged: boolean; n: number }>(
    `SELECT kind, intent, decided_intent, (decided_crisis OR decided_crisis_review) AS flagged, count(*)::int AS n
       FROM ${LABELS_TABLE} WHERE created_at >= $1 GROUP BY 1, 2, 3, 4`,
    [since],
  );
  const groups: LabelGroup[] = rows
    .filter((r): r is typeof r & { kind: LabelKind } => (LABEL_KINDS as readonly string[]).includes(r.kind))
    .map((r) => ({
      kind: r.kind,
      intent: r.intent,
      n: num(r.n),
      agrees: labelAgrees({ kind: r.kind, intent: r.intent as Intent | null, decision: { id: null, intent: r.decided_intent, crisis: r.flagged === true, crisisReview: false, level: null, modelVersion: null, rulesVersion: null } }),
    }));
  const all = tally(() => 'all', groups).get('all') ?? { labelled: 0, agreed: 0 };
  const count = (t: { labelled: number; agreed: number }): AgreementCount => ({ ...t, rate: rate(t.agreed, t.labelled) });
  return {
    enabled: true,
    ...count(all),
    byKind: [...tally((g) => g.kind, groups)].map(([kind, t]) => ({ kind, ...count(t) })).sort((a, b) => b.labelled - a.labelled || a.kind.localeCompare(b.kind)),
    byIntent: [...tally((g) => (g.kind === 'intent' ? g.intent : null), groups)]
      .map(([intent, t]) => ({ intent, ...count(t) }))
      .sort((a, b) => b.labelled - a.labelled || a.intent.localeCompare(b.intent)),
  };
}

export async function loadRulesView(db: Queryable, windowDays: number, now: Date = new Date()): Promise<RulesView> {
  const since = new Date(now.getTime() - windowDays * 86_400_000);
  const rules = await db.query<{ code: string; hits: number; last_hour: unknown }>(
    `SELECT code, sum(hits)::int AS hits, max(hour) AS last_hour FROM dashboard_code_hourly WHERE kind = 'rule' AND hour >= $1 GROUP BY code ORDER BY 2 DESC, 1`,
    [since],
  );
  const versions = await db.query<{ rules_version: string; first_seen: unknown; last_seen: unknown; decisions: number }>(
    'SELECT rules_version, first_seen, last_seen, decisions FROM dashboard_rules_versions ORDER BY first_seen DESC LIMIT 100',
  );
  return {
    windowDays,
    rules: rules.rows.map((r) => ({ id: r.code, hits: num(r.hits), lastHour: iso(r.last_hour) })),
    versions: versions.rows.map((v) => ({ version: v.rules_version, firstSeen: iso(v.first_seen), lastSeen: iso(v.last_seen), decisions: num(v.decisions) })),
    agreement: await agreement(db, since),
  };
}
