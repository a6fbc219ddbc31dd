// The `hedui` settings section, read per resource through `workspace/configuration` (never cached in
// globals beyond one configuration generation), validated into a plain typed object.
import type { Connection } from 'vscode-languageserver/node';
import type { Severity } from '../core';
import { DEFAULT_MAX_DRAFT_BYTES } from '../config/heduiConfig';

export type UnverifiedSeverity = Severity | 'off';

export interface HeduiSettings {
  enable: boolean;
  /** Extra source files/folders, relative to the workspace folder (added to hedui.config.json's). */
  reference: string[];
  /** YYYY-MM-DD: resolves 今年/去年 when the draft has no date. Overrides the config file. */
  documentDate?: string;
  /** Severity of figures no source confirms; 'off' (default) shows nothing. */
  unverifiedSeverity: UnverifiedSeverity;
  /** Severity of mismatches; the engine's default when unset. */
  mismatchSeverity?: Severity;
  /** Mark checked figures with the `verified` / `unverified` / `mismatch` semantic token modifiers. */
  verifiedDecoration: boolean;
  /** Larger source files are skipped (never truncated). hedui.config.json's maxFileBytes wins when set. */
  maxFileBytes: number;
  /** Larger drafts are checked up to the limit and reported 'not-fully-checked'. The config's wins when set. */
  maxDraftBytes: number;
}

export const defaultSettings: HeduiSettings = {
  enable: true,
  reference: [],
  unverifiedSeverity: 'off',
  verifiedDecoration: true,
  maxFileBytes: 20 * 1024 * 1024,
  maxDraftBytes: DEFAULT_MAX_DRAFT_BYTES,
};

const severities: readonly UnverifiedSeverity[] = ['off', 'hint', 'information', 'warning', 'error'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pick(raw: Record<string, unknown>, dotted: string): unknown {
  if (dotted in raw) return raw[dotted];
  let cur: unknown = raw;
  for (const part of dotted.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** Validates a raw `hedui` section (from VS Code, another editor or initializationOptions). */
export function parseSettings(raw: unknown, base: HeduiSettings = defaultSettings): HeduiSettings {
  if (!isRecord(raw)) return { ...base };
  const s: HeduiSettings = { ...base, reference: [...base.reference] };
  const enable = pick(raw, 'enable');
  if (typeof enable === 'boolean') s.enable = enable;
  const reference = pick(raw, 'reference');
  if (typeof reference === 'string' && reference.trim()) s.reference = [reference.trim()];
  else if (Array.isArray(reference)) s.reference = reference.filter((r): r is string => typeof r === 'string' && r.trim() !== '').map((r) => r.trim());
  const date = pick(raw, 'documentDate');
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date.trim())) s.documentDate = date.trim();
  const unverified = pick(raw, 'unverified.severity');
  if (typeof unverified === 'string' && (severities as readonly string[]).includes(unverified)) s.unverifiedSeverity = unverified as UnverifiedSeverity;
  const mismatch = pick(raw, 'mismatch.severity');
  if (typeof mismatch === 'string' && mismatch !== 'off' && (severities as readonly string[]).includes(mismatch)) s.mismatchSeverity = mismatch as Severity;
  const decoration = pick(raw, 'verifiedDecoration');
  if (typeof decoration === 'boolean') s.verifiedDecoration = decoration;
  const max = pick(raw, 'maxFileBytes');
  if (typeof max === 'number' && Number.isFinite(max) && max >= 1) s.maxFileBytes = Math.floor(max);
  const maxDraft = pick(raw, 'maxDraftBytes');
  if (typeof maxDraft === 'number' && Number.isFinite(maxDraft) && maxDraft >= 1) s.maxDraftBytes = Math.floor(maxDraft);
  return s;
}

/** Settings per resource. Cleared on every `workspace/didChangeConfiguration`. */
export class SettingsStore {
  private cache = new Map<string, Promise<HeduiSettings>>();
  private base: HeduiSettings;

  constructor(
    private readonly connection: Connection,
    private readonly pullSupported: boolean,
    initial: unknown,
  ) {
    this.base = parseSettings(initial);
  }

  /** Pushed settings (clients that send them with didChangeConfiguration instead of answering pulls). */
  update(pushed: unknown): void {
    if (!this.pullSupported && isRecord(pushed) && isRecord(pushed.hedui)) this.base = parseSettings(pushed.hedui, this.base);
    this.cache.clear();
  }

  get(scopeUri: string | undefined): Promise<HeduiSettings> {
    if (!this.pullSupported) return Promise.resolve(this.base);
    const key = scopeUri ?? '';
    let found = this.cache.get(key);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration({ scopeUri, section: 'hedui' })
        .then((raw: unknown) => parseSettings(raw, this.base), () => this.base);
      this.cache.set(key, found);
    }
    return found;
  }
}
