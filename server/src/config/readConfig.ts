// Reads hedui.config.json. Never throws: a missing or broken file gives the defaults plus a problem
// with a line number, so the editor can point at it.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { InputProblem } from '../core/types';
import { decodeText } from '../sources/decodeText';
import { jsonErrorLine, jsonLocations } from '../sources/jsonLocations';
import { inputProblem, lineOfOffset } from '../sources/problems';
import { defaultConfig, type HeduiConfig } from './heduiConfig';
import { blankJsonComments } from './jsonComments';
import { validateConfig } from './validateConfig';

export interface ConfigResult {
  config: HeduiConfig;
  problems: InputProblem[];
  /** Size limits the file sets itself ('maxFileBytes', 'maxDraftBytes'); the others are defaults. */
  explicit?: string[];
}

export async function readConfig(path: string): Promise<ConfigResult> {
  const absolute = resolve(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    const detail = missing ? 'no such file or folder' : e instanceof Error ? e.message : String(e);
    return { config: defaultConfig(), problems: [inputProblem(missing ? 'missing' : 'unreadable', path, 'error', { detail })] };
  }
  const decoded = decodeText(bytes, path);
  if (decoded.kind === 'binary') return { config: defaultConfig(), problems: decoded.problems };
  const parsed = parseConfig(decoded.text, path);
  return { config: parsed.config, problems: [...decoded.problems, ...parsed.problems], explicit: parsed.explicit };
}

/** Parses config text (e.g. an unsaved editor buffer); `path` is the config file's path, whose folder
 * relative reference paths are resolved against. */
export function parseConfig(text: string, path: string): ConfigResult {
  const json = blankJsonComments(text.replace(/^\uFEFF/, ''));
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { config: defaultConfig(), problems: [inputProblem('config-syntax', path, 'error', { detail }, jsonErrorLine(json, e))] };
  }
  const where = jsonLocations(json, 3);
  const lineOf = (key: string): number | undefined => {
    // 'severities.unverified' → '/severities/unverified'; 'reference[1]' → '/reference/1'.
    const pointer = key ? `/${key.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}` : '';
    const at = where.get(pointer);
    return at ? lineOfOffset(json, at.key ?? at.value) : undefined;
  };
  return validateConfig(data, { path, configDir: dirname(resolve(path)), lineOf });
}
