/**
 * An alert: what riskdesk tells on-call through Slack and PagerDuty. It carries nothing but a
 * link, a category and a severity (plus its kind and a dedupe subject): never names, emails,
 * ticket text or notes.
 */
import { z } from 'zod';

export const ALERT_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_CHANNELS = ['slack', 'pagerduty'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

export const alertSchema = z.strictObject({
  /** What happened, snake_case: `crisis`, `crisis_review`, `sla_breach`, `incident_spike`, `test`. */
  kind: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  /** What the alert is about, for dedupe: one alert per (kind, subject), e.g. `zendesk-5158`. */
  subject: z.string().regex(/^[A-Za-z0-9_.-]{1,120}$/),
  link: z.url().max(500),
  category: z.string().regex(/^[a-z0-9_.-]{1,60}$/).nullable(),
  severity: z.enum(ALERT_SEVERITIES),
});
export type Alert = z.infer<typeof alertSchema>;

/** What a send to one channel ended in. */
export type SendOutcome = { ok: true; status: number } | { ok: false; status: number | null; retry: boolean; detail: string };

const KIND_TEXT: Record<string, string> = {
  crisis: 'Crisis ticket',
  crisis_review: 'Possible crisis: review first',
  sla_breach: 'SLA breached',
  incident_spike: 'Incident spike',
  test: 'Test alert',
};

/** The one line both channels show: kind, category, severity. No ticket content. */
export function alertSummary(alert: Alert): string {
  const what = KIND_TEXT[alert.kind] ?? alert.kind.replace(/_/g, ' ');
  return `riskdesk: ${what}${alert.category ? ` (${alert.category})` : ''} [${alert.severity}]`;
}

/** What the link opens, by kind: an incident spike links to the incident, every other alert to a ticket. */
export const alertLinkText = (alert: Pick<Alert, 'kind'>): { label: string; detail: 'incident_url' | 'ticket_url' } =>
  alert.kind === 'incident_spike' ? { label: 'Incident', detail: 'incident_url' } : { label: 'Ticket', detail: 'ticket_url' };

/** BullMQ job ids may not hold ':'; one id per channel, kind and subject is the dedupe. */
export const alertJobId = (channel: AlertChannel, alert: Pick<Alert, 'kind' | 'subject'>): string => `alert-${channel}-${alert.kind}-${alert.subject}`;
