/**
 * Preparing part of a region: an indicator with what its levers read (leverDependencies) projects exactly
 * as in the whole region, under every shipped scenario and every setting sensitivity tries; and parts
 * prepared one by one combine into the whole region's indicators. The interactive session shows its first
 * screen from such a part (src/tui/engine.ts); `--indicator` selections in runProjection rely on the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { combinePreparedRegions, prepareRegion, preparedIndicatorIds, type PreparedRegion } from '../../../src/core/pipeline/prepare-region.js';
import { leverDependencies, projectIndicator } from '../../../src/core/pipeline/project-scenario.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../../../src/core/pipeline/projection-settings.js';
import { probeTarget, sensitivityVariants } from '../../../src/core/pipeline/sensitivity.js';
import type { Dataset } from '../../../src/core/records/dataset.js';
import type { ResolvedScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import { loadModelSpec } from '../../../src/io/load-model-spec.js';
import { loadPolicyLibrary } from '../../../src/io/load-policies.js';
import { loadScenario, loadScenarioLibrary } from '../../../src/io/load-scenarios.js';

const settings = { ...DEFAULT_PROJECTION_SETTINGS, pathCount: 200 };
const policies = loadPolicyLibrary().policies;
let dataset: Dataset;
let scenarios: ResolvedScenario[];

beforeAll(async () => {
  dataset = await loadDataset();
  const library = loadScenarioLibrary();
  scenarios = [...library.raw.keys()].sort().map((id) => loadScenario(id, library));
});

describe('leverDependencies', () => {
  it('names what a ratio\'s drivers and a pipeline read', () => {
    expect(leverDependencies(dataset.catalog.indicators.get('rd_intensity')!, dataset.catalog)).toEqual(expect.arrayContaining(['gdp']));
    expect(leverDependencies(dataset.catalog.indicators.get('high_tech_enterprises')!, dataset.catalog)).toEqual(expect.arrayContaining(['tech_enterprises']));
  });
});

describe('a part of a region projects as the whole region does', () => {
  it.each(['yubei', 'yongchuan', 'shapingba', 'science-city', 'chongqing'])('%s', (region) => {
    const whole: PreparedRegion = prepareRegion(dataset, region, loadModelSpec(), settings);
    let compared = 0;
    for (const indicator of whole.indicators) {
      const wanted = new Set([indicator.definition.id, ...leverDependencies(indicator.definition, dataset.catalog)]);
      const part = prepareRegion(dataset, region, loadModelSpec(), settings, (id) => wanted.has(id));
      const alone = part.indicators.find((candidate) => candidate.definition.id === indicator.definition.id)!;
      for (const scenario of scenarios) {
        const tried = [scenario, ...sensitivityVariants(probeTarget(indicator, whole), scenario, policies).flatMap((variant) => [variant.low, variant.high])];
        for (const setting of tried) {
          expect(JSON.stringify(projectIndicator(alone, part, setting)), `${indicator.definition.id} under ${setting.id}`).toBe(JSON.stringify(projectIndicator(indicator, whole, setting)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('combinePreparedRegions', () => {
  it('puts parts prepared one indicator at a time together into the whole region\'s indicators', () => {
    const whole = prepareRegion(dataset, 'yubei', loadModelSpec(), settings);
    const ids = preparedIndicatorIds(dataset, 'yubei', settings);
    expect(ids).toEqual(whole.indicators.map((indicator) => indicator.definition.id));
    const parts = [...ids].reverse().map((id) => prepareRegion(dataset, 'yubei', loadModelSpec(), settings, (candidate) => candidate === id));
    const combined = combinePreparedRegions(parts);
    expect(combined.indicators.map((indicator) => indicator.definition.id)).toEqual(ids);
    combined.indicators.forEach((indicator, index) => {
      const reference = whole.indicators[index]!;
      expect(Buffer.from(indicator.baseline!.values.buffer).equals(Buffer.from(reference.baseline!.values.buffer))).toBe(true);
      expect(indicator.model).toEqual(reference.model);
      expect(indicator.goals).toEqual(reference.goals);
    });
  });
});
