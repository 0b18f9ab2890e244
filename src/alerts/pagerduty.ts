/**
 * PagerDuty Events API v2: POST a trigger event (routing key in the body, no auth header);
 * 202 is success. `dedup_key` is riskdesk's kind and subject, so a repeat updates the open
 * incident instead of paging again. 429 and 5xx are retried; 400 is permanent.
 */
import { alertLinkText, alertSummary, type Alert, type SendOutcome } from './types';

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

export interface PagerDutyEvent {
  routing_key: string;
  event_action: 'trigger';
  dedup_key: string;
  payload: { summary: string; source: string; severity: Alert['severity']; timestamp: string; component: string; group: string; class: string; custom_details: Partial<Record<'ticket_url' | 'incident_url', string>> & { category: string | null } };
  client: string;
  client_url: string;
  links: Array<{ href: string; text: string }>;
}

export function pagerDutyEvent(routingKey: string, alert: Alert, now: Date = new Date()): PagerDutyEvent {
  const link = alertLinkText(alert);
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: `riskdesk:${alert.kind}:${alert.subject}`,
    payload: {
      summary: alertSummary(alert),
      source: 'riskdesk',
      severity: alert.severity,
      timestamp: now.toISOString(),
      component: 'triage',
      group: 'trust-safety',
      class: alert.kind,
      custom_details: { [link.detail]: alert.link, category: alert.category },
    },
    client: 'riskdesk',
    client_url: alert.link,
    links: [{ href: alert.link, text: link.label }],
  };
}

export async function sendPagerDuty(url: string, routingKey: string, alert: Alert, fetcher: typeof fetch = fetch): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetcher(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(pagerDutyEvent(routingKey, alert)), signal: AbortSignal.timeout(8000) });
  } catch (error) {
    return { ok: false, status: null, retry: true, detail: `PagerDuty did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  const body = (await res.text().catch(() => '')).slice(0, 300);
  if (res.status === 202) return { ok: true, status: 202 };
  const retry = res.status === 429 || res.status >= 500;
  const hint = res.status === 400 ? ' — the event was refused: check ALERT_PAGERDUTY_ROUTING_KEY' : '';
  return { ok: false, status: res.status, retry, detail: `PagerDuty answered ${res.status} ${body}${hint}` };
}
