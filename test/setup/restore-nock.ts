// Each test file loads its own nock, which patches node:http again. Undo this file's patch when it
// ends, or the next file's requests through node:http meet this file's (now empty) interceptors.
import nock from 'nock';

afterAll(() => {
  nock.restore();
});
