// Entry point VS Code loads (extensionTestsPath): runs the bundled mocha suite in the extension host.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: true });
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  // Loaded after pre-require so that describe/it exist.
  require('./extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
