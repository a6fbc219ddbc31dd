// The one boundary where settings and hedui.config.json become engine options.
import type { AnalyzeOptions, CheckOptions, FindingCode, Severity } from '../core';
import type { FolderIndex } from './folderIndex';
import type { HeduiSettings } from './settings';

const mismatchCodes: FindingCode[] = ['value-mismatch', 'growth-mismatch', 'share-mismatch', 'diff-mismatch', 'rank-mismatch', 'unit-mismatch'];

export function analyzeOptions(folder: FolderIndex, settings: HeduiSettings): AnalyzeOptions {
  return { lexicon: folder.lexicon, documentDate: settings.documentDate ?? folder.config.documentDate };
}

export function checkOptions(folder: FolderIndex, settings: HeduiSettings, isCancelled?: () => boolean): CheckOptions {
  const severities: Partial<Record<FindingCode, Severity | 'off'>> = {};
  if (settings.mismatchSeverity) for (const code of mismatchCodes) severities[code] = settings.mismatchSeverity;
  Object.assign(severities, folder.config.severities ?? {});
  // The setting wins when it asks for unverified figures; otherwise the project's config decides.
  const unverified = settings.unverifiedSeverity !== 'off' ? settings.unverifiedSeverity : (folder.config.unverified ?? 'off');
  return { unverified, severities, isCancelled };
}

/** Changes whenever an option that affects results changes: part of the analysis cache key. */
export function optionsKey(folder: FolderIndex, settings: HeduiSettings): string {
  const a = analyzeOptions(folder, settings);
  const c = checkOptions(folder, settings);
  return JSON.stringify([a.documentDate, c.unverified, c.severities]);
}
