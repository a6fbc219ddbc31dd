// FolderIndex without a connection: a fake environment stands in for the file system.
import assert from 'node:assert/strict';
import { FolderIndex } from '../../src/lsp/folderIndex';
import type { FolderConfig, LoadOptions, ServerEnvironment } from '../../src/lsp/environment';
import { defaultSettings } from '../../src/lsp/settings';

const MB = 1024 * 1024;

function fakeEnv(config: FolderConfig, docs = 1): { env: ServerEnvironment; loads: LoadOptions[] } {
  const loads: LoadOptions[] = [];
  const env: ServerEnvironment = {
    readConfig: async () => ({ path: '/ws/hedui.config.json', config, problems: [] }),
    loadSources: async (_paths, options) => {
      loads.push(options);
      return {
        documents: Array.from({ length: docs }, (_, i) => ({ path: `s${i}.txt`, text: `2020年，余姚地区生产总值${1000 + i}.5亿元，增长3.5%。` })),
        datasets: [],
        problems: [],
      };
    },
    listDrafts: async () => [],
    readText: async () => '',
    findConfigDirs: async () => [],
    docsUrl: (code) => `https://example.invalid/${code}`,
  };
  return { env, loads };
}

describe('FolderIndex', () => {
  describe('size limits: [trusted, config limit, setting, applied]', () => {
    const rows: [boolean, number | undefined, number, number][] = [
      [true, undefined, 20 * MB, 20 * MB],
      [true, 200 * MB, 20 * MB, 200 * MB],
      [true, 1 * MB, 20 * MB, 1 * MB],
      [false, undefined, 20 * MB, 20 * MB],
      [false, 200 * MB, 20 * MB, 20 * MB], // an untrusted folder cannot raise its own limit
      [false, 1 * MB, 20 * MB, 1 * MB],
    ];
    for (const [trusted, own, setting, applied] of rows) {
      it(`${trusted ? 'trusted' : 'untrusted'}, config ${own ?? '-'}, setting ${setting} → ${applied}`, async () => {
        const { env, loads } = fakeEnv({ sources: ['sources'], maxFileBytes: own, maxDraftBytes: own });
        const folder = new FolderIndex('file:///ws', '/ws', env, trusted);
        const settings = { ...defaultSettings, maxFileBytes: setting, maxDraftBytes: setting };
        await folder.reload(settings);
        assert.equal(loads[0].maxFileBytes, applied);
        assert.equal(folder.maxDraftBytes(settings), applied);
      });
    }
  });

  it('indexing a folder lets the event loop run between documents', async () => {
    const { env } = fakeEnv({ sources: ['sources'] }, 40);
    const folder = new FolderIndex('file:///ws', '/ws', env, true);
    let ticks = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      ticks++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await folder.reload(defaultSettings);
    done = true;
    assert.equal(folder.index.stats().facts, 80);
    assert.ok(ticks >= 20, `only ${ticks} turns of the event loop during indexing`);
  });

  it('a reload started while indexing wins; the older one stops', async () => {
    const { env } = fakeEnv({ sources: ['sources'] }, 40);
    const folder = new FolderIndex('file:///ws', '/ws', env, true);
    const first = folder.reload(defaultSettings);
    const second = folder.reload(defaultSettings);
    await Promise.all([first, second]);
    assert.equal(folder.generation, 1, 'only the newest load was installed');
    assert.equal(folder.index.stats().facts, 80);
  });
});
