import type { Migration } from './migration';
import { migration as m001 } from './001_marketplace';
import { migration as m002 } from './002_demo_accounts';
import { migration as m100 } from './100_decision_audit';
import { migration as m101 } from './101_note_memory';
import { migration as m102 } from './102_decision_write_plan';
import { migration as m110 } from './110_decision_crisis_provider';
import { migration as m111 } from './111_decision_crisis_tier';
import { migration as m150 } from './150_learning_labels';
import { migration as m151 } from './151_learning_models';
import { migration as m140 } from './140_record_versions';
import { migration as m141 } from './141_backfill_runs';
import { migration as m120 } from './120_shows';
import { migration as m121 } from './121_incidents';
import { migration as m122 } from './122_incident_helpdesk_status';
import { migration as m130 } from './130_dashboard_rollups';
import { migration as m131 } from './131_alert_audit';
import { migration as m132 } from './132_dashboard_search';
import { migration as m133 } from './133_decision_signals';

export type { Migration };

/**
 * Every migration, in order. To add one: create NNN_name.ts exporting `migration`, append a line
 * here. Marketplace tables use versions 1–99; worker/audit tables 100+.
 */
export const MIGRATIONS: readonly Migration[] = [
  m001,
  m002,
  m100,
  m101,
  m102,
  m110,
  m111,
  m120,
  m121,
  m122,
  m130,
  m131,
  m132,
  m133,
  m140,
  m141,
  m150,
  m151,
];
