/**
 * The evaluation reports as `plancast start` / `report --all` write them, read back as a reader gets them:
 * every bundled region's Chinese report in reports/<region>/zh/ with no English sentence and no hash file
 * name in its text (HTML and the charts' SVG); an English report of the same region beside it, leaving the
 * Chinese one untouched; report.docx read back (headings, tables, one picture per chart) and converted to
 * PDF by LibreOffice where soffice is installed (skipped, visibly, only where it is not); report.xlsx read
 * back with exceljs (one sheet per table, numbers as numbers, sources as notes); the overview
 * reports/index.html and overview.xlsx naming every region and linking to its report.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/app/workspace.js';
import { writeAllReports, type AllReportsOutcome } from '../../src/report/write-all-reports.js';
import { defaultReportFolder, writeReport, type WrittenReport } from '../../src/report/write-report.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-evaluation-reports-');
const reports = folder.path('reports');
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

let outcome: AllReportsOutcome;
let english: WrittenReport;
let chineseBefore: string;
beforeAll(async () => {
  const workspace = await openWorkspace();
  outcome = await writeAllReports(workspace, { paths: 200, png: false, docx: true, xlsx: true, out: reports }, { progress: () => {} });
  chineseBefore = readFileSync(join(reports, 'yubei', 'zh', 'index.html'), 'utf8');
  english = await writeReport({ region: 'yubei', paths: 200, png: false, language: 'en', out: defaultReportFolder('yubei', 'en', reports) }, () => {}, workspace);
}, 600_000);

/** The text a reader sees: no scripts, styles or tags; entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Runs of three or more Latin words (a hyphenated id is one word): an English phrase, not a name or a code. */
const ENGLISH_PHRASE = /[A-Za-z][A-Za-z-]*(?:[ ,;:'’]+[A-Za-z][A-Za-z-]*){2,}/g;
const HASH_FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;

describe('every region\'s evaluation report, in Chinese', () => {
  it('is written for each region with goals into reports/<region>/zh/', () => {
    expect(outcome.failed).toEqual([]);
    expect(outcome.written.map((report) => report.model.meta.region).sort()).toEqual(['science-city', 'shapingba', 'yongchuan', 'yubei']);
    for (const report of outcome.written) {
      expect(report.folder).toBe(join(reports, report.model.meta.region, 'zh'));
      for (const file of ['index.html', 'report.md', 'report.docx', 'report.xlsx', 'manifest.json']) expect(existsSync(join(report.folder, file)), `${report.model.meta.region}/${file}`).toBe(true);
    }
  });

  it('has no English sentence and no hash file name in its text or its charts', () => {
    for (const report of outcome.written) {
      const region = report.model.meta.region;
      const html = readFileSync(join(report.folder, 'index.html'), 'utf8');
      const text = visibleText(html);
      expect(text, region).toContain('一、总体进展');
      expect(text.match(ENGLISH_PHRASE) ?? [], region).toEqual([]);
      expect(text, region).not.toMatch(HASH_FILE_NAME);
      expect(readFileSync(join(report.folder, 'report.md'), 'utf8'), region).not.toMatch(HASH_FILE_NAME);
      for (const svg of readdirSync(join(report.folder, 'charts')).filter((file) => file.endsWith('.svg'))) {
        const labels = [...readFileSync(join(report.folder, 'charts', svg), 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!).join('\n');
        expect(labels.match(ENGLISH_PHRASE) ?? [], `${region} ${svg}`).toEqual([]);
      }
    }
  });

  it('names its sources by title; an archived original by its number in the footnotes', () => {
    const yubei = visibleText(readFileSync(join(reports, 'yubei', 'zh', 'index.html'), 'utf8'));
    expect(yubei).toContain('重庆市渝北区科技创新“十四五”规划（2021—2025年）');
    expect(yubei).toContain('原文存档第000号');
  });
});

describe('the target proposals of a later plan (--plan 15th)', () => {
  it('adds 四、“十五五”目标建议 with the values at 50 and 80 %, the classes compared with, and the congress note — in Chinese only', { timeout: 120_000 }, async () => {
    const report = await writeReport({ region: 'yubei', paths: 200, png: false, proposalPlan: '15th', out: folder.path('proposals') }, () => {});
    const text = visibleText(readFileSync(join(report.folder, 'index.html'), 'utf8'));
    expect(text).toContain('四、“十五五”目标建议');
    expect(text).toContain('2030年50%把握值');
    expect(text).toContain('各省科技统计序列（研发经费、研发强度、有效发明专利、技术合同成交额）中的“全社会研究与试验发展经费支出”');
    expect(text).toContain('M1预测竞赛年度序列（Makridakis等，1982）（通用参照类');
    expect(text.match(ENGLISH_PHRASE) ?? []).toEqual([]);
    expect(report.model.evaluation.targetProposals?.indicators.every((proposal) => proposal.reference !== null)).toBe(true);
    // as plancast propose: the plan path meets today's targets by construction, so it proposes nothing
    expect(report.model.evaluation.targetProposals!.indicators[0]!.scenarios.map((scenario) => scenario.scenario)).toEqual(['baseline', 'conservative', 'accelerated', 'downturn-shock']);
  });
});

describe('a second language', () => {
  it('goes into reports/<region>/en/ and leaves the Chinese report as it was', () => {
    expect(english.folder).toBe(join(reports, 'yubei', 'en'));
    expect(readFileSync(join(english.folder, 'report.md'), 'utf8')).toMatch(/^# Yubei District/);
    expect(readFileSync(join(reports, 'yubei', 'zh', 'index.html'), 'utf8')).toBe(chineseBefore);
  });
});

describe('report.docx', () => {
  const docx = () => readFileSync(join(reports, 'yubei', 'zh', 'report.docx'));

  it('reads back as a Word document with the report\'s headings, tables and one picture per chart', async () => {
    const zip = await JSZip.loadAsync(docx());
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    for (const heading of ['一、总体进展', '二、存在问题与原因', '三、对策建议与目标调整', '附件4：数据来源', '附件6：方法说明']) expect(text).toContain(heading);
    expect(text).not.toMatch(HASH_FILE_NAME);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(5);
    const yubei = outcome.written.find((report) => report.model.meta.region === 'yubei')!;
    const pictures = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(pictures.length).toBe(yubei.chartCount);
    const png = await zip.file(pictures[0]!)!.async('uint8array');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it.skipIf(soffice === undefined)('opens in LibreOffice and converts to a PDF of several pages with the report\'s text', { timeout: 300_000 }, () => {
    const out = folder.path('pdf');
    const profile = `file://${folder.path('libreoffice-profile')}`;
    const run = spawnSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(reports, 'yubei', 'zh', 'report.docx')], { encoding: 'utf8', timeout: 280_000 });
    expect(run.status, run.stderr).toBe(0);
    const pdf = join(out, 'report.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(100_000);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(5);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '3', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('一、总体进展');
  });
});

describe('report.xlsx and the overview', () => {
  it('report.xlsx has one sheet per table, numbers as numbers and sources as notes', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(reports, 'yubei', 'zh', 'report.xlsx')) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.length).toBeGreaterThan(5);
    const table = workbook.worksheets.find((sheet) => sheet.name.includes('指标完成情况'))!;
    expect(table, names.join(', ')).toBeDefined();
    expect(table.getRow(1).values).toContain('指标');
    const values = table.getSheetValues().flat();
    expect(values.some((value) => typeof value === 'number')).toBe(true);
    let notes = 0;
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => { if (cell.note) notes += 1; }));
    expect(notes).toBeGreaterThan(0);
  });

  it('reports/index.html names every region, counts its goals by status and links to its report; overview.xlsx the same', async () => {
    const overview = outcome.overview!;
    expect(overview.files).toEqual([join(reports, 'index.html'), join(reports, 'overview.xlsx')]);
    const html = readFileSync(join(reports, 'index.html'), 'utf8');
    const text = visibleText(html);
    for (const name of ['渝北区', '永川区', '沙坪坝区', '西部(重庆)科学城']) expect(text).toContain(name);
    for (const region of ['science-city', 'shapingba', 'yongchuan', 'yubei']) expect(html).toContain(`href="${region}/zh/index.html"`);
    expect(text.match(ENGLISH_PHRASE) ?? []).toEqual([]);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(reports, 'overview.xlsx')) as unknown as ArrayBuffer);
    const firstColumn = workbook.worksheets[0]!.getColumn(1).values.filter((value) => typeof value === 'string');
    expect(firstColumn).toEqual(expect.arrayContaining(['渝北区', '永川区']));
  });
});
