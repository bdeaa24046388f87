/**
 * A report computes the files its charts do not change (result.json, report.md, the CSV tables) while the
 * charts are drawn (reportTexts), and buildReportFiles takes them up: the folder must be the same bytes as
 * when everything is built at the end, and texts written for the other kind of pictures must not be used.
 */
import { describe, expect, it } from 'vitest';
import { projectionInputs } from '../../src/app/projection-request.js';
import { openWorkspace } from '../../src/app/workspace.js';
import { runReport } from '../../src/core/jobs/run-report.js';
import { buildReportFiles, reportTexts, type ManifestInputs, type RenderedChart } from '../../src/report/report-files.js';
import { reportScenarioEntries } from '../../src/report/write-report.js';

const inputs: ManifestInputs = { models: { name: 'test', path: 'models/test.yaml', sha256: '0'.repeat(64) }, inputs: [], scenarioFiles: [] };
const bundles = { vega: '', vegaLite: '', vegaEmbed: '' };

describe('reportTexts and buildReportFiles', () => {
  it('gives the same files with the texts computed before as without, and recomputes texts made for the other pictures', async () => {
    const workspace = await openWorkspace();
    const { model, charts } = runReport({ ...projectionInputs(workspace, { region: 'yubei', paths: 500, scenarios: reportScenarioEntries() }), language: 'zh', plancastVersion: '0.0.0-test' });
    const rendered: RenderedChart[] = charts.map((chart, index) => ({ chart, svg: `<svg id="${index}"/>`, png: new Uint8Array([137, 80, 78, 71, index]), warnings: [] }));
    const plain = buildReportFiles(model, rendered, inputs, { bundles });
    expect(buildReportFiles(model, rendered, inputs, { bundles, texts: reportTexts(model, charts, 'png') })).toEqual(plain);
    // texts for SVG pictures while the charts have PNGs: report.md must still point at the PNGs
    expect(buildReportFiles(model, rendered, inputs, { bundles, texts: reportTexts(model, charts, 'svg') })).toEqual(plain);
    const markdown = plain.find((file) => file.path === 'report.md')!.content as string;
    expect(markdown).toContain('.png');
  });
});
