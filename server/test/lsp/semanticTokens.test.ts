import { strict as assert } from 'node:assert';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { copyWorkspace, positionOf, TestClient } from './harness';

interface Decoded {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

function decode(tokens: SemanticTokens, legend: SemanticTokensLegend): Decoded[] {
  const out: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push({ line, character, length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
  }
  return out;
}

describe('lsp: semantic tokens', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let client: TestClient;
  let legend: SemanticTokensLegend;
  before(async () => {
    ws = copyWorkspace();
    client = await TestClient.start({ workspace: ws.dir, pull: true });
    legend = client.init.capabilities.semanticTokensProvider!.legend;
    await client.ready();
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  const tokenAt = (tokens: Decoded[], doc: TextDocument, needle: string) => {
    const at = positionOf(doc, needle);
    return tokens.find((t) => t.line === at.line && t.character <= at.character && at.character < t.character + t.length);
  };

  it('legend uses standard token types and the custom verified/unverified/mismatch modifiers', () => {
    for (const t of ['number', 'property', 'enumMember', 'namespace']) assert.ok(legend.tokenTypes.includes(t));
    assert.deepEqual(legend.tokenModifiers, ['verified', 'unverified', 'mismatch']);
  });

  it('full: figures are numbers marked mismatch or verified, indicators are properties', async () => {
    const doc = client.open('drafts/report.md');
    const tokens = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } }), legend);
    const wrong = tokenAt(tokens, doc, '16.2');
    assert.ok(wrong, `a token on 16.2, got ${JSON.stringify(tokens)}`);
    assert.equal(wrong.type, 'number');
    assert.deepEqual(wrong.modifiers, ['mismatch']);
    const right = tokenAt(tokens, doc, '3.61');
    assert.ok(right);
    assert.deepEqual(right.modifiers, ['verified']);
    assert.equal(tokenAt(tokens, doc, '研发费用')?.type, 'property');
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, 'tokens never overlap');
    }
  });

  it('range: only tokens inside the range', async () => {
    const doc = client.open('drafts/report.md');
    const line = positionOf(doc, '12408.7').line;
    const tokens = decode(
      await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri: doc.uri }, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } }),
      legend,
    );
    assert.ok(tokens.length > 0);
    assert.ok(tokens.every((t) => t.line === line));
    assert.ok(tokenAt(tokens, doc, '12408.7'));
  });
});
