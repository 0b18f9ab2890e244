/** The configured alert channels: a Slack incoming webhook and/or a PagerDuty integration. */
import { PAGERDUTY_EVENTS_URL, sendPagerDuty } from './pagerduty';
import { sendSlack } from './slack';
import type { Alert, AlertChannel, SendOutcome } from './types';

export interface AlertSettings {
  ALERT_SLACK_WEBHOOK_URL?: string | undefined;
  ALERT_PAGERDUTY_ROUTING_KEY?: string | undefined;
  ALERT_PAGERDUTY_URL?: string | undefined;
}

export type AlertSenders = Partial<Record<AlertChannel, (alert: Alert) => Promise<SendOutcome>>>;

export function alertSenders(settings: AlertSettings, fetcher: typeof fetch = fetch): AlertSenders {
  const senders: AlertSenders = {};
  const slackUrl = settings.ALERT_SLACK_WEBHOOK_URL;
  if (slackUrl) senders.slack = (alert) => sendSlack(slackUrl, alert, fetcher);
  const key = settings.ALERT_PAGERDUTY_ROUTING_KEY;
  if (key) senders.pagerduty = (alert) => sendPagerDuty(settings.ALERT_PAGERDUTY_URL ?? PAGERDUTY_EVENTS_URL, key, alert, fetcher);
  return senders;
}
