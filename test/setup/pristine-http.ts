// node:http and node:https are shared by every test file of a Jest worker, and each file's nock
// patches them anew (ClientRequest, request, get). A file whose afterAll never runs — every test
// skipped, e.g. the PostgreSQL-only suites without TEST_DATABASE_URL — would leave its patch in
// place, and the next files' requests would meet that file's empty nock ("Disallowed net
// connect"). So every file starts from the functions Node had before any nock was loaded.
import http from 'node:http';
import https from 'node:https';

interface PristineHttp {
  http: Pick<typeof http, 'ClientRequest' | 'request' | 'get'>;
  https: Pick<typeof https, 'request' | 'get'>;
}

const KEY = Symbol.for('riskdesk.test.pristine-http');
const holder = http as unknown as Record<symbol, PristineHttp | undefined>;
const pristine = (holder[KEY] ??= {
  http: { ClientRequest: http.ClientRequest, request: http.request, get: http.get },
  https: { request: https.request, get: https.get },
});
Object.assign(http, pristine.http);
Object.assign(https, pristine.https);
