import { strict as assert } from 'node:assert';
import { collectGarbage } from '../../src/cli/collectGarbage';

describe('collectGarbage (the CLI between its phases)', () => {
  it('takes back an object nothing refers to any more', async () => {
    let big: number[][] | undefined = Array.from({ length: 1000 }, (_, i) => [i]);
    const ref = new WeakRef(big);
    big = undefined;
    // A WeakRef keeps its target for the rest of the job that made it: collect in a later one.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.equal(ref.deref(), undefined);
  });

  it('keeps what is still referred to', async () => {
    const kept = { figure: 15.2 };
    const ref = new WeakRef(kept);
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.equal(ref.deref(), kept);
  });
});
