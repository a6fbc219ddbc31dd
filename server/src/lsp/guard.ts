// Every handler runs through here: errors are logged to the client's output (connection.console) and
// shown to the user once per kind; the handler then answers with a harmless fallback. Cancellations
// pass through untouched.
import { ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import type { Messages } from './i18n';

export class Guard {
  private shown = new Set<string>();
  constructor(
    private readonly connection: Connection,
    private readonly messages: () => Messages,
  ) {}

  report(where: string, err: unknown): void {
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    try {
      this.connection.console.error(`[hedui] ${where}: ${detail}`);
      if (!this.shown.has(where)) {
        this.shown.add(where);
        this.connection.window.showErrorMessage(this.messages().internalError(where));
      }
    } catch {
      // The connection itself is gone: nothing left to tell.
    }
  }

  /** Wraps a request handler: a thrown error becomes `fallback`, never a crash or an error response. */
  request<P, R>(where: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      try {
        return await handler(params, token);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        this.report(where, err);
        return fallback;
      }
    };
  }

  /** Wraps a notification handler or a fire-and-forget task. */
  notify<P>(where: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
    return (params) => {
      try {
        const r = handler(params);
        if (r instanceof Promise) r.catch((err: unknown) => this.report(where, err));
      } catch (err) {
        this.report(where, err);
      }
    };
  }
}
