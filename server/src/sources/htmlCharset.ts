// The charset an HTML page declares about itself, read from its first bytes before decoding, as
// browsers do (HTML's "prescan"): <meta charset="gbk"> or
// <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.

const PRESCAN_BYTES = 4096;

export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  // Charset labels are ASCII, so a byte-for-byte latin1 view is enough to find them in any
  // ASCII-compatible encoding (GBK, UTF-8, Big5 …).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const meta of withoutComments.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct) return direct[1];
  }
  return undefined;
}
