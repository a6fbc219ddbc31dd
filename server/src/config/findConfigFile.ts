// hedui.config.json is looked up from the draft's folder upwards, like .editorconfig or tsconfig,
// so one config at a project root covers every draft below it.
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from './heduiConfig';

/** Absolute path of the nearest hedui.config.json at or above `startDir`, or undefined. `stopDir`
 * (e.g. the workspace folder) is the last folder looked at, so a config outside it is never used. */
export async function findConfigFile(startDir: string, stopDir?: string): Promise<string | undefined> {
  let dir = resolve(startDir);
  const stop = stopDir === undefined ? undefined : resolve(stopDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
    const parent = dirname(dir);
    if (dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}
