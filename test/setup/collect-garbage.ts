// Every test file loads its own copy of the models (tens of MB). Collect the previous files'
// garbage between files, so that a full collection of a large heap does not stall a file's
// timing-sensitive test (a coalescing window, webhooks answered within intake's Redis timeout).
// Needs node's --expose-gc (the package's test script passes it); without it this does nothing.
const collect = (globalThis as { gc?: () => void }).gc;

afterAll(() => {
  collect?.();
});
