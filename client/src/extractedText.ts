// DOCX and PDF sources open as their extracted text: `hedui-source:<path>` documents whose content the
// server sends (`hedui/extractedText`), so go-to-source and hover links land on the paragraph or page
// line a fact came from (server/src/lsp/extractedText.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExtractedTextRequest, type ExtractedTextResult } from '../../server/src/lsp/protocol';
import { t } from './l10n';

export const EXTRACTED_SCHEME = 'hedui-source';
export const OPEN_EXTRACTED_COMMAND = 'hedui.openExtractedText';

export function registerExtractedText(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const client = getClient();
      if (!client || !client.isRunning()) return t.notRunning;
      const result = await client.sendRequest<ExtractedTextResult | null>(ExtractedTextRequest, { uri: uri.toString() });
      return result?.text ?? '';
    },
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, provider),
    // From hover links: [uri, line, character] (0-based).
    vscode.commands.registerCommand(OPEN_EXTRACTED_COMMAND, async (uri: unknown, line: unknown, character: unknown) => {
      if (typeof uri !== 'string') return;
      const pos = new vscode.Position(typeof line === 'number' ? line : 0, typeof character === 'number' ? character : 0);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
    }),
  ];
}
