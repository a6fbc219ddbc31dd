// One analysis per (uri, version), shared by diagnostics, hover, code actions, semantic tokens and
// definition. The draft analysis is keyed by version + lexicon + document date; the check on top of it
// additionally by the index generation and the options.
import type { CancellationToken } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, checkDraft, LineMap, type CheckResult, type DraftAnalysis, type Lexicon } from '../core';
import { limitDraft, notFullyCheckedFinding, type LimitedDraft } from '../sources/draftLimit';
import { analyzeOptions, checkOptions, optionsKey } from './engineOptions';
import type { FolderIndex } from './folderIndex';
import type { HeduiSettings, SettingsStore } from './settings';
import { uriToPath } from './uris';
import type { WorkspaceIndex } from './workspaceIndex';

/** Language ids of drafts: VS Code's, and what other editors send for markdown and text files. */
export const CHECKED_LANGUAGES = new Set(['markdown', 'plaintext', 'text', 'txt', 'md']);

export interface DocumentCheck {
  uri: string;
  version: number;
  text: string;
  lines: LineMap;
  folder: FolderIndex;
  settings: HeduiSettings;
  analysis: DraftAnalysis;
  result: CheckResult;
  /** Changes whenever the result may change: the pull diagnostics resultId. */
  resultId: string;
  /** Set when the draft is over maxDraftBytes and only its beginning was checked. */
  limited?: LimitedDraft;
}

interface Entry {
  version: number;
  lexicon: Lexicon;
  documentDate?: string;
  maxDraftBytes: number;
  limited: LimitedDraft;
  analysis: DraftAnalysis;
  lines: LineMap;
  check?: DocumentCheck;
}

export class AnalysisCache {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly workspace: WorkspaceIndex,
    private readonly settings: SettingsStore,
    /** Only open documents are kept: a check finishing after its document closed is not stored. */
    private readonly isOpen: (uri: string) => boolean = () => true,
  ) {}

  clear(): void {
    this.entries.clear();
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** The latest finished check of a document, if it is still for `version` (no computing). */
  peek(uri: string, version?: number): DocumentCheck | undefined {
    const check = this.entries.get(uri)?.check;
    return check && (version === undefined || check.version === version) ? check : undefined;
  }

  /**
   * The checked document, waiting for its folder's index. Undefined when the document is outside every
   * workspace folder, Hedui is disabled for it, or the request was cancelled.
   */
  async get(doc: TextDocument, token?: CancellationToken): Promise<DocumentCheck | undefined> {
    const folder = this.workspace.folderFor(doc.uri);
    if (!folder) return undefined;
    const settings = await this.settings.get(doc.uri);
    if (!settings.enable) return undefined;
    if (!CHECKED_LANGUAGES.has(doc.languageId)) return undefined;
    await folder.whenReady();
    if (!folder.ready || token?.isCancellationRequested) return undefined;
    // Sources open in the editor, and drafts the config ignores, are not checked.
    const file = uriToPath(doc.uri);
    if (file && (folder.isSource(file) || folder.config.ignore?.(file))) return undefined;

    const version = doc.version;
    const text = doc.getText();
    const aOpts = analyzeOptions(folder, settings);
    const maxDraftBytes = folder.maxDraftBytes(settings);
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.version !== version || entry.lexicon !== folder.lexicon || entry.documentDate !== aOpts.documentDate || entry.maxDraftBytes !== maxDraftBytes) {
      // The previous version's analysis lets the engine redo only the paragraphs that changed.
      const previous = entry && entry.lexicon === folder.lexicon && entry.documentDate === aOpts.documentDate ? entry.analysis : undefined;
      // Over the limit only the beginning is analysed; the 'not-fully-checked' finding below says so.
      const limited = limitDraft(text, maxDraftBytes);
      entry = {
        version, lexicon: folder.lexicon, documentDate: aOpts.documentDate, maxDraftBytes, limited,
        analysis: analyzeDraft(limited.text, aOpts, previous), lines: new LineMap(text),
      };
      if (this.isOpen(doc.uri)) this.entries.set(doc.uri, entry);
    }
    const resultId = `${version}:${folder.generation}:${optionsKey(folder, settings)}:${maxDraftBytes}`;
    if (entry.check?.resultId === resultId && entry.check.folder === folder) return entry.check;

    const cOpts = checkOptions(folder, settings, () => token?.isCancellationRequested === true);
    const result = checkDraft(entry.analysis, folder.index, cOpts);
    if (result.cancelled || token?.isCancellationRequested) return undefined;
    if (entry.limited.truncated) {
      const finding = notFullyCheckedFinding(text, entry.limited);
      const severity = cOpts.severities?.['not-fully-checked'] ?? finding.severity;
      if (severity !== 'off') result.findings.push({ ...finding, severity });
    }
    const check: DocumentCheck = { uri: doc.uri, version, text, lines: entry.lines, folder, settings, analysis: entry.analysis, result, resultId };
    if (entry.limited.truncated) check.limited = entry.limited;
    if (this.entries.get(doc.uri) === entry) entry.check = check;
    return check;
  }
}
