// Custom requests and notifications between the Hedui client and server, typed in one place.
// No imports on purpose: the VS Code client bundles this file too, and the two sides use different
// vscode-jsonrpc versions, so only method names and plain data types are shared.

/** A range in LSP coordinates (0-based lines, UTF-16 characters). */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface WireLocation {
  uri: string;
  range: WireRange;
}

/** `hedui/status` (request, client → server): what the status bar shows. */
export const StatusRequest = 'hedui/status';
export interface StatusParams {
  /** The active document, for its mismatch count. */
  uri?: string;
}
export interface StatusResult {
  /** True when every workspace folder's sources are indexed. */
  ready: boolean;
  enabled: boolean;
  folders: number;
  sources: number;
  facts: number;
  /** Problems reading sources or the config (unreadable files, bad config keys…). */
  problems: number;
  /** Mismatches in `uri`, when it is an open, checked document. */
  mismatches?: number;
  unverified?: number;
  verified?: number;
  /** Set when `uri` is over maxDraftBytes: only its first `checked` of `total` characters were checked. */
  notFullyChecked?: { checked: number; total: number; bytes: number; limit: number };
}

/** `hedui/statusChanged` (notification, server → client): the index or a document's result changed. */
export const StatusChangedNotification = 'hedui/statusChanged';

/** `hedui/facts` (request): every indexed fact, for the fact table. */
export const FactsRequest = 'hedui/facts';
export interface FactsParams {
  /** Only the folder holding this document (all folders when absent). */
  uri?: string;
  /** Case-insensitive substring filter on indicator, region, figure, excerpt and file. */
  query?: string;
  /** At most this many rows (default 2000). */
  limit?: number;
}
export interface FactRow {
  id: number;
  text: string;
  measure: string;
  indicator: string;
  region?: string;
  period?: string;
  excerpt: string;
  title?: string;
  path: string;
  date?: string;
  location: WireLocation;
}
export interface FactsResult {
  facts: FactRow[];
  total: number;
}

/** `hedui/reindex` (request): reads every configured source again. Returns the new status. */
export const ReindexRequest = 'hedui/reindex';

/** `hedui/checkWorkspace` (request): checks every draft (markdown / text outside the sources). */
export const CheckWorkspaceRequest = 'hedui/checkWorkspace';
export interface CheckedDraft {
  uri: string;
  mismatches: number;
  findings: { range: WireRange; code: string; message: string }[];
}
export interface CheckWorkspaceResult {
  drafts: CheckedDraft[];
  /** Drafts not checked because a limit was hit. */
  skipped: number;
}

/** `hedui/sourceAt` (request): the source location backing the figure at a position, if any. */
export const SourceAtRequest = 'hedui/sourceAt';
export interface SourceAtParams {
  uri: string;
  position: { line: number; character: number };
}

/** Commands the server executes (`workspace/executeCommand`), for any LSP client. Names differ from the
 * VS Code commands the client contributes, so the client's own registrations never collide. */
export const ServerCommands = {
  /** Arguments: uri: string, range: WireRange. Asks the client to show the source (window/showDocument). */
  showSource: 'hedui.server.showSource',
  /** No arguments. Re-reads all sources. */
  reindex: 'hedui.server.reindex',
} as const;

/** `hedui/extractedText` (request, client → server): the text extracted from a DOCX/PDF source, for the
 * client's `hedui-source:` documents (a fact's line and character refer to this text). Null when the URI
 * is not a configured source. */
export const ExtractedTextRequest = 'hedui/extractedText';
export interface ExtractedTextParams {
  /** hedui-source:<path of the original> */
  uri: string;
}
export interface ExtractedTextResult {
  text: string;
}

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** The client shows `hedui-source:` URIs (via ExtractedTextRequest): DOCX/PDF sources open as text. */
  extractedText?: boolean;
  /** False in an untrusted (restricted mode) workspace: sources must then stay inside the folder. */
  workspaceTrusted?: boolean;
  /** Settings for clients without `workspace/configuration` (same shape as the `hedui` section). */
  settings?: Record<string, unknown>;
}
