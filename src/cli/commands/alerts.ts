/**
 * `riskdesk alerts test`: sends one test alert straight to every configured channel (Slack,
 * PagerDuty) and prints what each answered — the way to check ALERT_* settings. Exit 0 when every
 * channel took it, 1 when one refused or did not answer, 2 when no channel is configured.
 */
import type { Command } from 'commander';
import { alertSenders, type AlertSettings } from '../../alerts/channels';
import type { Alert, AlertChannel } from '../../alerts/types';
import { ConfigError } from '../../config/config-error';
import { loadProcessConfig } from '../../config/load-process-config';
import { alertLinks } from '../../runtime/alert-runtime';
import { EXIT } from '../command';
import type { CommandReport } from './rules';

export async function sendTestAlert(settings: AlertSettings, link: string, fetcher: typeof fetch = fetch, now: Date = new Date()): Promise<CommandReport> {
  const senders = alertSenders(settings, fetcher);
  const channels = Object.keys(senders) as AlertChannel[];
  if (channels.length === 0) {
    return { exitCode: EXIT.badInput, stdout: '', stderr: 'no alert channel is configured: set ALERT_SLACK_WEBHOOK_URL and/or ALERT_PAGERDUTY_ROUTING_KEY (docs/alerts.md)\n' };
  }
  const alert: Alert = { kind: 'test', subject: `test-${now.getTime()}`, link, category: null, severity: 'info' };
  const lines: string[] = [];
  let failed = false;
  for (const channel of channels) {
    const outcome = await senders[channel]?.(alert);
    if (outcome?.ok) lines.push(`${channel}: sent (HTTP ${outcome.status})`);
    else {
      failed = true;
      lines.push(`${channel}: NOT sent — ${outcome?.detail ?? 'no sender'}`);
    }
  }
  const text = `${lines.join('\n')}\n`;
  return failed ? { exitCode: EXIT.failure, stdout: '', stderr: text } : { exitCode: EXIT.ok, stdout: text, stderr: '' };
}

export function register(program: Command): void {
  const alerts = program.command('alerts').description('Crisis and SLA-breach alerts (Slack, PagerDuty)');
  alerts
    .command('test')
    .description('Send a test alert to every configured channel and print what each answered')
    .action(async () => {
      let report: CommandReport;
      try {
        const config = loadProcessConfig(process.env, { generateSecrets: false });
        report = await sendTestAlert(config, `${alertLinks(config).dashboardUrl.replace(/\/+$/, '')}/dashboard`);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        report = { exitCode: EXIT.badInput, stdout: '', stderr: `${error.message}\n` };
      }
      process.stdout.write(report.stdout);
      process.stderr.write(report.stderr);
      process.exitCode = report.exitCode;
    });
}
