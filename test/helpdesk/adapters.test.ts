import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/logger';
import { createIntercomAdapter, createZendeskAdapter, noopPacer, riskFields, type HelpdeskWriteBack } from '../../src/helpdesk';
import type { Config } from '../../src/config/load-config';
import { trafficPerTest } from '../helpers/nock-helpdesk';
import { ADMIN_ID, IC_BASE, icConversation, icTag } from './intercom-fixtures';
import { UPDATED_AT, ZD_BASE, zdTicket } from './zendesk-fixtures';

const logger = createLogger('silent');
const traffic = trafficPerTest();

function writeBack(source: 'zendesk' | 'intercom', id: string, config: Config): HelpdeskWriteBack {
  return {
    ticket: { source, id, channel: 'email', subject: 's', text: 't', requester: {}, tags: [], updatedAt: UPDATED_AT },
    noteHtml: '<p>note rd-0123abcd</p>',
    priority: 'urgent',
    tags: ['rd_risk_critical'],
    route: { zendeskGroupId: 42, intercomTeamId: '5001' },
    macros: { zendesk: [], intercom: [] },
    fields: riskFields(config, source, { score: 91.6, level: 'critical' }),
  };
}

it('the Zendesk adapter maps the neutral write-back: group from the route, risk fields from ZENDESK_FIELD_*', async () => {
  const config = loadConfig({ ZENDESK_API_URL: ZD_BASE, ZENDESK_EMAIL: 'bot@x.test', ZENDESK_API_TOKEN: 'tok', ZENDESK_FIELD_RISK_SCORE: '300', ZENDESK_FIELD_RISK_LEVEL: '301' });
  const adapter = createZendeskAdapter(config, noopPacer, logger);
  const scope = traffic().scope(ZD_BASE);
  scope.put('/api/v2/tickets/77.json').reply(200, zdTicket({ id: 77 }));
  scope.put('/api/v2/tickets/77/tags.json', { tags: ['rd_risk_critical'] }).reply(200, { tags: ['rd_risk_critical'] });
  const report = await adapter.writeBack(writeBack('zendesk', '77', config));
  expect(adapter.source).toBe('zendesk');
  expect(traffic().requests[0]?.body).toEqual({
    ticket: { comment: { html_body: '<p>note rd-0123abcd</p>', public: false }, priority: 'urgent', group_id: 42, custom_fields: [{ id: 300, value: 91.6 }, { id: 301, value: 'critical' }], safe_update: true, updated_stamp: UPDATED_AT },
  });
  expect(report.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['PUT /api/v2/tickets/77 200', 'PUT /api/v2/tickets/77/tags 200']);
});

it('the Intercom adapter maps the neutral write-back: team from the route, attributes under INTERCOM_ATTRIBUTE_*', async () => {
  const config = loadConfig({ INTERCOM_ACCESS_TOKEN: 'tok', INTERCOM_ADMIN_ID: ADMIN_ID, INTERCOM_API_URL: IC_BASE, INTERCOM_ATTRIBUTE_RISK_SCORE: 'Risk score', INTERCOM_ATTRIBUTE_RISK_LEVEL: 'Risk level' });
  const adapter = createIntercomAdapter(config, noopPacer, logger);
  const scope = traffic().scope(IC_BASE);
  scope.post('/tags', { name: 'rd_risk_critical' }).reply(200, icTag('9', 'rd_risk_critical'));
  scope.post('/conversations/55/tags', { id: '9', admin_id: ADMIN_ID }).reply(200, icTag('9', 'rd_risk_critical'));
  scope.post('/conversations/55/parts').reply(200, icConversation());
  scope.put('/conversations/55', { custom_attributes: { 'Risk score': 92, 'Risk level': 'critical' } }).reply(200, icConversation());
  scope.post('/conversations/55/reply').reply(200, icConversation());
  const report = await adapter.writeBack(writeBack('intercom', '55', config));
  expect(report.skipped).toEqual([{ step: 'priority', reason: expect.stringContaining('2.14') }]);
  expect(traffic().requests[2]?.body).toMatchObject({ type: 'team', assignee_id: '5001' });
});

it('refuses to build an adapter without credentials, saying what to set', () => {
  const config = loadConfig({});
  expect(() => createZendeskAdapter(config, noopPacer, logger)).toThrow(/ZENDESK_EMAIL and ZENDESK_API_TOKEN/);
  expect(() => createIntercomAdapter(config, noopPacer, logger)).toThrow(/INTERCOM_ACCESS_TOKEN/);
});
