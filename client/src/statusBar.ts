// Status bar: sources and facts indexed, mismatches in the active file; click → the command menu.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type StatusResult } from '../../server/src/lsp/protocol';
import { t } from './l10n';

const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('hedui.status', vscode.StatusBarAlignment.Right, 100);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Hedui';
    this.item.command = 'hedui.showMenu';
    this.item.tooltip = t.statusTooltip;
  }

  /** Coalesces bursts of updates (diagnostics change per keystroke). */
  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 100);
  }

  private mismatchesInActive(): number | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !DRAFT_LANGUAGES.has(doc.languageId)) return undefined;
    return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'hedui' && String(typeof d.code === 'object' ? d.code.value : d.code).endsWith('-mismatch')).length;
  }

  private async refresh(): Promise<void> {
    const client = this.client();
    if (!client || !client.isRunning()) {
      this.item.hide();
      return;
    }
    try {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      const s = await client.sendRequest<StatusResult>(StatusRequest, { uri });
      if (!s.ready) this.item.text = `$(sync~spin) ${t.statusLoading}`;
      else {
        const mismatches = this.mismatchesInActive();
        // A draft past the size limit says so in the status bar, not only in a diagnostic.
        const partial = s.notFullyChecked ? t.statusPartial(s.notFullyChecked.checked, s.notFullyChecked.total) : '';
        this.item.text = `${mismatches || partial ? '$(warning)' : '$(check)'} ${t.statusReady(s.sources, s.facts)}${mismatches === undefined ? '' : t.statusMismatches(mismatches)}${partial}`;
      }
      const lines = [t.statusTooltip];
      if (s.problems) lines.push(t.statusProblems(s.problems));
      if (s.notFullyChecked) lines.push(t.statusPartialTooltip(s.notFullyChecked.limit));
      this.item.tooltip = lines.join('\n');
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
  }
}
