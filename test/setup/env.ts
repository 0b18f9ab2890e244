// Tests never reach the real network: nock blocks every host but loopback.
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
