// Writes the office-format fixtures in test-fixtures/office/ from Chinese text written for them:
//   余姚经济运行.docx   paragraphs + two tables (one with a merged header)
//   统计公报.pdf       two pages, a text layer in an embedded CJK font (WenQuanYi Micro Hei), wrapped lines
//   预算收入.pdf       one page in a non-embedded CID font (STSong-Light, UniGB-UCS2-H): needs pdf.js's CMaps
//   扫描件.pdf         a page with a picture and no text (a scan)
//   指标数据.xlsx      sheet 1 in the dataset schema; sheet 2 a statistical table with percent-formatted cells
// The outputs are committed, so tests need none of the generators (devDependencies) or fonts.
// Run: node scripts/make-office-fixtures.mjs   (needs fonts-wqy-microhei for the PDF)
import { mkdirSync, writeFileSync, createWriteStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } from 'docx';
import PDFDocument from 'pdfkit';
import writeExcelFile from 'write-excel-file/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-fixtures', 'office');
mkdirSync(out, { recursive: true });
const FONT = process.env.CJK_FONT ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
// A fixed date keeps the generated files byte-for-byte reproducible.
const CREATED = new Date(Date.UTC(2022, 7, 20));

// ---------------------------------------------------------------- DOCX
function para(text, heading) {
  return new Paragraph({ children: [new TextRun(text)], ...(heading ? { heading, alignment: AlignmentType.CENTER } : {}) });
}
function row(cells, spans = []) {
  return new TableRow({
    children: cells.map((text, i) => new TableCell({ children: [para(text)], columnSpan: spans[i] ?? 1, width: { size: 2000, type: WidthType.DXA } })),
  });
}
async function makeDocx() {
  const doc = new Document({
    creator: 'hedui fixtures',
    title: '2022年1-7月余姚市经济运行情况',
    sections: [
      {
        children: [
          para('2022年1-7月余姚市经济运行情况', HeadingLevel.HEADING_1),
          para('今年以来，余姚市坚持稳中求进工作总基调，经济运行总体平稳。'),
          para('1-7月，余姚市实现规上工业增加值612.4亿元，同比增长8.7%。'),
          para('1-7月，余姚市有效投资同比增长15.2%，增速居宁波各县（市、区）首位。'),
          para('表1 2022年1-7月宁波各县（市、区）主要指标'),
          new Table({
            rows: [
              row(['地区', '规上工业增加值（亿元）', '增长%', '有效投资增速（%）']),
              row(['余姚市', '612.4', '8.7', '15.2']),
              row(['慈溪市', '700.1', '7.2', '12.0']),
              row(['海曙区', '300.0', '8.7', '6.5']),
              row(['鄞州区', '400.0', '5.0', '3.1']),
            ],
          }),
          para('外贸方面，1-7月余姚市进出口总额达到1024.5亿元，同比增长12.3%。'),
          para('表2 余姚市2022年财政收支'),
          new Table({
            rows: [
              row(['指标', '1-7月'], [1, 2]),
              row(['', '绝对值（亿元）', '增长%']),
              row(['一般公共预算收入', '98.6', '6.4']),
              row(['一般公共预算支出', '110.2', '-3.5']),
            ],
          }),
          para('以上数据均为快报数。'),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  writeFileSync(join(out, '余姚经济运行.docx'), buffer);
}

// ---------------------------------------------------------------- PDF (embedded CJK font)
function writePdf(name, draw) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A5', margin: 50, info: { Title: name, CreationDate: CREATED, ModDate: CREATED }, compress: true });
    const stream = createWriteStream(join(out, name));
    doc.pipe(stream);
    draw(doc);
    doc.end();
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
}
async function makePdfs() {
  if (!existsSync(FONT)) throw new Error(`CJK font not found: ${FONT} (apt-get install fonts-wqy-microhei, or set CJK_FONT)`);
  await writePdf('统计公报.pdf', (doc) => {
    doc.registerFont('cjk', FONT, 'WenQuanYiMicroHei');
    doc.font('cjk').fontSize(14).text('余姚市2021年国民经济和社会发展统计公报', { align: 'center' });
    doc.moveDown();
    doc.fontSize(10);
    // Long enough to be wrapped over several lines: the reader must join them again.
    doc.text('一、综合。初步核算，2021年余姚市实现地区生产总值1479.2亿元，按可比价格计算，比上年增长9.1%。其中，第一产业增加值38.6亿元，增长2.3%；第二产业增加值812.5亿元，增长11.2%；第三产业增加值628.1亿元，增长7.4%。');
    doc.moveDown();
    doc.text('全年新设立市场主体2.3万户，比上年增长6.8%。');
    doc.addPage();
    doc.text('二、工业。2021年余姚市规模以上工业增加值达到512.8亿元，比上年增长13.5%。');
    doc.moveDown();
    doc.text('三、居民收入。2021年余姚市居民人均可支配收入62340元，比上年增长9.6%。');
  });
  await writePdf('扫描件.pdf', (doc) => {
    // A scan: pictures only. Drawn shapes stand in for the scanned image.
    doc.rect(60, 60, 300, 400).fill('#dddddd');
    doc.rect(80, 90, 260, 12).fill('#333333');
    doc.rect(80, 110, 240, 12).fill('#333333');
  });
  writeFileSync(join(out, '预算收入.pdf'), cidFontPdf(['余姚市2021年财政决算', '2021年余姚市一般公共预算收入158.3亿元，比上年增长12.1%。']));
}

/** A one-page PDF in STSong-Light with the UniGB-UCS2-H encoding, written by hand: the font is not
 * embedded, so a reader needs the predefined CMaps to get Unicode text out of it. */
function cidFontPdf(lines) {
  const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join('').toUpperCase();
  const content = ['BT', '/F1 14 Tf', '50 760 Td', ...lines.flatMap((l, i) => [i ? '0 -28 Td' : '', `<${hex(l)}> Tj`]).filter(Boolean), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

// ---------------------------------------------------------------- XLSX
async function makeXlsx() {
  const schema = [
    ['地区', '时期', '指标', '口径', '数值', '单位', '来源'],
    ['余姚市', '2022年1-7月', '有效投资', 'growth', 15.2, '%', '宁波日报'],
    ['余姚市', '2022年1-7月', '规上工业增加值', 'value', 612.4, '亿元', '宁波日报'],
    ['慈溪市', '2022年1-7月', '规上工业增加值', 'growth', { value: 0.072, format: '0.0%' }, null, '宁波日报'],
  ];
  const table = [
    ['表3 2021年宁波各县（市、区）地区生产总值'],
    ['地区', '地区生产总值（亿元）', '增长'],
    ['余姚市', 1479.2, { value: 0.091, format: '0.0%' }],
    ['慈溪市', 2304.1, { value: 0.098, format: '0.0%' }],
    ['宁海县', 867.5, { value: 0.091, format: '0.0%' }],
    ['象山县', 705.3, { value: 0.082, format: '0.0%' }],
  ];
  await writeExcelFile([
    { data: schema, sheet: '数据' },
    { data: table, sheet: '分地区' },
  ]).toFile(join(out, '指标数据.xlsx'));
}

await makeDocx();
await makePdfs();
await makeXlsx();
console.log(`wrote fixtures to ${out}`);
