// What every handler of the language server works with; a handler's own Context adds what it alone needs.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysisCache';
import type { ServerEnvironment } from './environment';
import type { Guard } from './guard';
import type { Messages } from './i18n';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  env: ServerEnvironment;
  guard: Guard;
  messages: () => Messages;
}
