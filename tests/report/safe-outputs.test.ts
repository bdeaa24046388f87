/**
 * Nothing from a user's file reaches an output as something that runs (issue 14, item 7): CSV cells that
 * a spreadsheet would run as formulas are neutralised (numbers stay numbers), report.md carries no raw
 * HTML, and the terminal never receives control sequences or bidi overrides from data — while --json
 * still parses back to the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../src/core/report/report-csv.js';
import { markdownText } from '../../src/core/report/report-markdown.js';
import { sanitizeForTerminal } from '../../src/cli/terminal-text.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory('plancast-safe-outputs-');
const ESC = '\u001b';
const hostile = {
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+cmd|\' /C calc\'!A0',
  at: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  html: '<script>alert(1)</script><img src=x onerror=alert(2)>',
  terminal: `${ESC}]0;pwned${'\u0007'}${ESC}[2J${ESC}[31mred\u202egnp.exe\u009b31m`,
};

describe('CSV cells are neutralised against formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+1+1', "'+1+1"], ['-1+1', "'-1+1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', '"\'\rx"'],
    [hostile.formula, `"'=HYPERLINK(""http://evil.example"",""click"")"`],
  ])('%j → %s', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('leaves numbers, and text that is just a number, as they are', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('-3.5')).toBe('-3.5');
    expect(csvField('+12')).toBe('+12');
    expect(csvField('-1e-5')).toBe('-1e-5');
    expect(csvText(['a', 'b'], [[-2, 'plain']])).toBe('\uFEFFa,b\r\n-2,plain\r\n');
  });
});

describe('Markdown text is escaped', () => {
  it('turns HTML and link syntax into literal text', () => {
    expect(markdownText(hostile.html)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(markdownText('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(markdownText('&lt;b&gt; R&D')).toBe('&amp;lt;b&amp;gt; R&D');
  });
});

describe('the terminal filter', () => {
  it('removes ESC/OSC sequences, C0/C1 controls and bidi overrides from text, keeping tabs and line breaks', () => {
    expect(sanitizeForTerminal(`a\t${hostile.terminal}\nb`)).toBe('a\tredgnp.exe\nb');
  });

  it('escapes C1 and bidi characters in JSON instead, so it parses to the same data', () => {
    const json = JSON.stringify({ name: hostile.terminal });
    const shown = sanitizeForTerminal(json);
    expect(shown).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(JSON.parse(shown)).toEqual({ name: hostile.terminal });
  });
});

describe('end to end: hostile cells in --data', () => {
  const data = files.write('hostile.csv', [
    'region,indicator,year,value,kind,unit,document,location,note,conflict_group,preferred',
    `yubei,rd_intensity,2021,4.5,actual,%,"${hostile.formula.replace(/"/g, '""')}",${hostile.at},"${hostile.html}",,`,
    `yubei,rd_intensity,2022,4.6,actual,%,${hostile.plus},"${hostile.terminal}",-note,g1,true`,
    'yubei,rd_intensity,2022,4.7,actual,%,other,row,,g1,false',
    ...[2023, 2024, 2025, 2026, 2027, 2028].map((year) => `yubei,gdp,${year},${2200 + year - 2023},actual,亿元,plain document,plain row,plain note,,`),
  ].join('\n'));

  it('data show prints no control sequence, and --json keeps the data', async () => {
    const table = await runPlancast('data', 'show', '--region', 'yubei', '--indicator', 'rd_intensity', '--data', data);
    expect(table.exitCode, table.stderr).toBe(0);
    expect(table.stdout).toContain('redgnp.exe');
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const json = await runPlancast('data', 'show', '--region', 'yubei', '--indicator', 'rd_intensity', '--data', data, '--json');
    expect(json.stdout).not.toMatch(/[\u001b\u009b\u202e]/);
    const records = JSON.parse(json.stdout) as { source: { location: string } }[];
    expect(records.map((record) => record.source.location)).toContain(hostile.terminal);
  });

  it('error messages carry no control sequence either', async () => {
    const run = await runPlancast('data', 'show', '--region', `${ESC}[2Jnowhere\u202e`);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('nowhere');
    expect(run.stderr).not.toMatch(/[\u001b\u202e]/);
  });

  it('scenarios show and feasibility strip them from scenario labels', async () => {
    const scenario = files.write('hostile.yaml', `id: hostile\nlabel:\n  zh: "坏${'\\e'}]0;pwned${'\\a'}"\n  en: "evil${'\\e'}[2J\u202eexe"\n`);
    const shown = await runPlancast('scenarios', 'show', scenario);
    expect(shown.exitCode, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('evilexe');
    expect(shown.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    const feasibility = await runPlancast('feasibility', '--region', 'yubei', '--scenario', scenario, '--paths', '200');
    expect(feasibility.exitCode, feasibility.stderr).toBe(0);
    expect(feasibility.stdout).toContain('evilexe');
    expect(feasibility.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it('the report\'s CSV tables neutralise formulas and report.md carries no raw HTML', async () => {
    const out = files.path('hostile-report');
    const run = await runPlancast('report', '--region', 'yubei', '--data', data, '--out', out, '--paths', '200', '--no-png', '--lang', 'en');
    expect(run.exitCode, run.stderr).toBe(0);
    const provenance = readFileSync(join(out, 'tables', 'provenance.csv'), 'utf8');
    expect(provenance).toContain(`"'=HYPERLINK(""http://evil.example""`);
    expect(provenance).toContain(`'${hostile.at}`);
    expect(provenance).toContain(`'${hostile.plus}`);
    expect(provenance).toContain(",'-note\r\n");
    const fields = provenance.split(/\r\n/).flatMap((line) => line.split(','));
    expect(fields.some((field) => /^[=+@]/.test(field))).toBe(false);
    const conflicts = readFileSync(join(out, 'tables', 'conflicts.csv'), 'utf8');
    expect(conflicts).toContain('g1');
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).not.toMatch(/<script|<img/i);
  });
});
