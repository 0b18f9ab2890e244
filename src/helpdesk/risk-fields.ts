/**
 * Where each helpdesk keeps the risk score and level besides the note: Zendesk custom ticket
 * fields (ZENDESK_FIELD_RISK_*, numeric field ids) and Intercom conversation attributes
 * (INTERCOM_ATTRIBUTE_RISK_*, attribute names). Only the configured ones are written.
 */
import type { Config } from '../config/load-config';
import type { HelpdeskSource } from '../domain/ticket';
import type { RiskLevel } from '../risk/types';

export type RiskFieldConfig = Pick<Config, 'ZENDESK_FIELD_RISK_SCORE' | 'ZENDESK_FIELD_RISK_LEVEL' | 'INTERCOM_ATTRIBUTE_RISK_SCORE' | 'INTERCOM_ATTRIBUTE_RISK_LEVEL'>;

const isFieldId = (value: string | undefined): value is string => Boolean(value && /^\d+$/.test(value));

/** Field id (Zendesk) or attribute name (Intercom) → value, for the configured fields only. */
export function riskFields(config: RiskFieldConfig, source: HelpdeskSource, risk: { score: number; level: RiskLevel }): Record<string, string | number> {
  const fields: Record<string, string | number> = {};
  if (source === 'zendesk') {
    if (isFieldId(config.ZENDESK_FIELD_RISK_SCORE)) fields[config.ZENDESK_FIELD_RISK_SCORE] = risk.score;
    if (isFieldId(config.ZENDESK_FIELD_RISK_LEVEL)) fields[config.ZENDESK_FIELD_RISK_LEVEL] = risk.level;
    return fields;
  }
  // Intercom's integer attributes reject fractions.
  if (config.INTERCOM_ATTRIBUTE_RISK_SCORE) fields[config.INTERCOM_ATTRIBUTE_RISK_SCORE] = Math.round(risk.score);
  if (config.INTERCOM_ATTRIBUTE_RISK_LEVEL) fields[config.INTERCOM_ATTRIBUTE_RISK_LEVEL] = risk.level;
  return fields;
}

/** The write-back's fields as Zendesk's `custom_fields` (ids that are not numeric are not Zendesk fields). */
export function zendeskCustomFields(fields: Record<string, string | number>): Array<{ id: number; value: string | number }> {
  return Object.entries(fields).flatMap(([id, value]) => (/^\d+$/.test(id) ? [{ id: Number(id), value }] : []));
}
