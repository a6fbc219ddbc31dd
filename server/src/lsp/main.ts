// hedui-ls: `hedui-ls --stdio`, `--node-ipc` or `--socket=N` (createConnection picks the transport
// from argv). The file loaders from ../sources and ../config are wired in here.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeEnvironment } from './nodeEnvironment';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('hedui-ls 0.1.0\n');
} else {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, nodeEnvironment());
}
