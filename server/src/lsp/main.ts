// hedui-ls: `hedui-ls --stdio`, `--node-ipc` or `--socket=N` (createConnection picks the transport
// from argv). The file loaders from ../sources and ../config are wired in here.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeEnvironment } from './nodeEnvironment';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('hedui-ls 0.1.0\n');
} else {
  const connection = createConnection(ProposedFeatures.all);
  // Last line of defence: handlers are wrapped (guard.ts), but a stray rejection must not end the server.
  const log = (what: string) => (err: unknown) => {
    try {
      connection.console.error(`[hedui] ${what}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } catch {
      // no connection left to log to
    }
  };
  process.on('uncaughtException', log('uncaught exception'));
  process.on('unhandledRejection', log('unhandled rejection'));
  startServer(connection, nodeEnvironment());
}
