// A small step runner: steps run in order (later ones build on the editor state earlier ones left),
// each is timed and recorded; a failing step is screenshotted (by the suite's onFailure hook) and the
// run goes on, except after a `required` step, whose failure skips (and fails) the rest.
export class Steps {
  constructor(suite, { onFailure } = {}) {
    this.suite = suite;
    this.onFailure = onFailure;
    this.results = [];
    this.blocked = undefined;
  }

  log(msg) {
    console.log(`[${this.suite}] ${msg}`);
  }

  async step(name, fn, { required = false } = {}) {
    if (this.blocked) {
      this.results.push({ name, ok: false, skipped: true, ms: 0, error: `skipped: "${this.blocked}" failed` });
      console.log(`  - ${name} (skipped: "${this.blocked}" failed)`);
      return undefined;
    }
    const t0 = Date.now();
    try {
      const value = await fn();
      const ms = Date.now() - t0;
      this.results.push({ name, ok: true, ms });
      console.log(`  ✓ ${name} (${ms} ms)`);
      return value;
    } catch (err) {
      const ms = Date.now() - t0;
      const error = err instanceof Error ? err.message : String(err);
      const result = { name, ok: false, ms, error };
      this.results.push(result);
      console.log(`  ✗ ${name} (${ms} ms)\n      ${error.split('\n').join('\n      ')}`);
      if (this.onFailure) {
        try {
          const shot = await this.onFailure(name, this.results.length);
          if (shot) {
            result.screenshot = shot;
            console.log(`      screenshot: ${shot}`);
          }
        } catch (e) {
          console.log(`      (no screenshot: ${e instanceof Error ? e.message.split('\n')[0] : e})`);
        }
      }
      if (required) this.blocked = name;
      return undefined;
    }
  }

  /** Fails every remaining named step (the suite could not even start). */
  failAll(names, reason) {
    for (const name of names) {
      this.results.push({ name, ok: false, ms: 0, error: reason });
      console.log(`  ✗ ${name}`);
    }
    console.log(`      (all ${names.length}) ${reason}`);
  }

  get passed() {
    return this.results.filter((r) => r.ok).length;
  }

  get failed() {
    return this.results.filter((r) => !r.ok).length;
  }

  summary() {
    return `${this.suite}: ${this.passed} passed, ${this.failed} failed`;
  }
}

/** Polls `fn` until it returns a truthy value; throws `message` (plus the last value/error) on timeout. */
export async function waitFor(fn, { timeout = 10000, interval = 50, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() > deadline) {
      const detail = last === undefined || last === false || last === null ? '' : `; last: ${typeof last === 'string' ? last : JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${detail}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}
