/**
 * Slack incoming webhook: POST JSON `{text, blocks}` (text is the notification fallback, always
 * sent); 200 `ok` is success. 429 and 5xx are retried; other 4xx are permanent (403/404/410 mean
 * the webhook URL is dead: reconfigure ALERT_SLACK_WEBHOOK_URL).
 */
import { alertLinkText, alertSummary, type Alert, type SendOutcome } from './types';

export interface SlackMessage {
  text: string;
  blocks: Array<{ type: 'section'; text: { type: 'mrkdwn'; text: string } } | { type: 'context'; elements: Array<{ type: 'mrkdwn'; text: string }> }>;
}

/** Slack mrkdwn: & < > must be escaped; links are <url|label>. */
const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function slackMessage(alert: Alert): SlackMessage {
  const summary = alertSummary(alert);
  return {
    text: `${summary} ${alert.link}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(summary)}*\n<${alert.link}|Open the ${alertLinkText(alert).label.toLowerCase()}>` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `severity: ${alert.severity} · category: ${escapeMrkdwn(alert.category ?? 'none')}` }] },
    ],
  };
}

export async function sendSlack(url: string, alert: Alert, fetcher: typeof fetch = fetch): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetcher(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(slackMessage(alert)), signal: AbortSignal.timeout(8000) });
  } catch (error) {
    return { ok: false, status: null, retry: true, detail: `Slack did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  const body = (await res.text().catch(() => '')).slice(0, 200);
  if (res.status === 200) return { ok: true, status: 200 };
  const retry = res.status === 429 || res.status >= 500;
  const dead = [403, 404, 410].includes(res.status) ? ' — the webhook URL no longer works: create a new one and set ALERT_SLACK_WEBHOOK_URL' : '';
  return { ok: false, status: res.status, retry, detail: `Slack answered ${res.status} ${body}${dead}` };
}
