import express from 'express';
import request from 'supertest';
import { createDashboardAuth } from '../../src/server/routes/dashboard-auth';

const TOKEN = 'admin-token-for-throttle-tests';

function appWith(maxFailedLogins: number): express.Express {
  const app = express();
  app.use(createDashboardAuth(TOKEN, { maxFailedLogins, failureWindowMs: 60_000 }).router);
  return app;
}

const signIn = (app: express.Express, token: string): request.Test => request(app).post('/dashboard/login').type('form').send({ token });

describe('dashboard sign-in throttle', () => {
  it('pauses sign-in from an address after too many wrong tokens, even for the right one', async () => {
    const app = appWith(3);
    for (let i = 0; i < 3; i += 1) await signIn(app, `guess-${i}`).expect(401);
    const paused = await signIn(app, 'guess-4').expect(429);
    expect(paused.text).toContain('Too many wrong tokens');
    expect(paused.headers['ratelimit']).toMatch(/remaining=0/);
    await signIn(app, TOKEN).expect(429);
  });

  it('does not count successful sign-ins', async () => {
    const app = appWith(2);
    for (let i = 0; i < 5; i += 1) await signIn(app, TOKEN).expect(303);
    await signIn(app, 'wrong').expect(401);
    await signIn(app, TOKEN).expect(303);
    await signIn(app, 'wrong again').expect(401);
    await signIn(app, TOKEN).expect(429);
  });
});
