import { describe, expect, it } from 'vitest';
import { assessWithPreset, growthRatio, projectedProgressRatio, type PresetInput } from '../../../src/core/assessment/progress-presets.js';

/** base 100 in 2020, target 100·1.05^5 in 2025; latest in 2023 grown at `rate` a year. */
function input(rate: number, overrides: Partial<PresetInput> = {}): PresetInput {
  const latestValue = 100 * (1 + rate) ** 3;
  return {
    baseYear: 2020, baseValue: 100, latestYear: 2023, latestValue, targetYear: 2025, targetValue: 100 * 1.05 ** 5,
    history: [{ year: 2020, value: 100 }, { year: 2023, value: latestValue }], alreadyMet: false, ...overrides,
  };
}

describe('growth ratio R = CAGR actual / CAGR required', () => {
  it('is the ratio of the two compound rates', () => {
    expect(growthRatio(input(0.05))).toBeCloseTo(1, 12);
    expect(growthRatio(input(0.03))).toBeCloseTo(0.6, 12);
    expect(growthRatio(input(-0.01))).toBeCloseTo(-0.2, 12);
  });
});

describe('Eurostat / Statistics Canada classes', () => {
  it.each([
    [0.05, 'on-track'], [0.0476, 'on-track'], [0.04, 'moderate-progress'], [0.0301, 'moderate-progress'],
    [0.02, 'insufficient-progress'], [0, 'insufficient-progress'], [-0.01, 'moving-away'],
  ])('actual growth %f → %s', (rate, status) => {
    expect(assessWithPreset('eurostat', input(rate)).status).toBe(status);
  });
});

describe('UNSD classes (cut-offs 0.95 / 0.5 / −0.1)', () => {
  it.each([[0.05, 'on-track'], [0.03, 'fair-progress'], [0.0, 'limited-progress'], [-0.004, 'limited-progress'], [-0.02, 'deterioration']])(
    'actual growth %f → %s', (rate, status) => expect(assessWithPreset('unsd', input(rate)).status).toBe(status),
  );
});

describe('projected-value ratio (UNSD variant, ESCAP)', () => {
  it('is 1 when the actual CAGR equals the required one', () => {
    expect(projectedProgressRatio(input(0.05))).toBeCloseTo(1, 12);
  });
  it('classifies ESCAP maintain / accelerate / reverse', () => {
    expect(assessWithPreset('escap', input(0.06)).status).toBe('maintain');
    expect(assessWithPreset('escap', input(0.02)).status).toBe('accelerate');
    expect(assessWithPreset('escap', input(-0.02)).status).toBe('reverse');
  });
});

describe('Destatis weather classes', () => {
  it('sun when the extrapolated trend reaches the target', () => {
    expect(assessWithPreset('destatis', input(0.06)).status).toBe('sun');
  });
  it('sun and cloud / cloud by the share of the remaining distance missed', () => {
    // latest 2023 = 110, target 2025 = 130: remaining 20. Trend 2020→2023 extrapolated two more years.
    const base = { baseYear: 2020, baseValue: 100, latestYear: 2023, targetYear: 2025, targetValue: 130, alreadyMet: false };
    const trend = (latest: number) => ({ ...base, latestValue: latest, history: [{ year: 2020, value: 100 }, { year: 2023, value: latest }] });
    const missShare = (latest: number) => (130 - latest * (latest / 100) ** (2 / 3)) / (130 - latest);
    expect(assessWithPreset('destatis', trend(119)).measure).toBeCloseTo(missShare(119), 12);
    expect(assessWithPreset('destatis', trend(119)).status).toBe(missShare(119) < 0.05 ? 'sun' : 'sun-and-cloud');
    expect(assessWithPreset('destatis', trend(104)).status).toBe('cloud');
    expect(assessWithPreset('destatis', trend(97)).status).toBe('storm');
  });
});

describe('序时进度 (schedule)', () => {
  it('on schedule when the distance covered is at least the time elapsed', () => {
    // 3 of 5 years elapsed = 0.6; covered (latest − 100)/(127.63 − 100).
    expect(assessWithPreset('schedule', input(0.06)).status).toBe('on-schedule');
    expect(assessWithPreset('schedule', input(0.02)).status).toBe('behind-schedule');
  });
  it('reads a path growing exactly at the required compound rate as slightly behind the straight line', () => {
    // Compound growth is convex: after 3 of 5 years it has covered 57 % of the distance, not 60 %.
    const assessment = assessWithPreset('schedule', input(0.05));
    expect(assessment.status).toBe('behind-schedule');
    expect(assessment.measure).toBeCloseTo((100 * 1.05 ** 3 - 100) / (100 * 1.05 ** 5 - 100) - 0.6, 12);
  });
});

describe('every preset', () => {
  it('calls a target already met "achieved"', () => {
    for (const preset of ['schedule', 'eurostat', 'unsd', 'unsd-projected', 'escap', 'destatis'] as const) {
      expect(assessWithPreset(preset, input(0.2, { alreadyMet: true })).status).toBe('achieved');
    }
  });
  it('says "not assessable" rather than inventing a status when the history has one year', () => {
    const single = input(0.05, { latestYear: 2020, latestValue: 100, history: [{ year: 2020, value: 100 }] });
    expect(assessWithPreset('eurostat', single).status).toBe('not-assessable');
    expect(assessWithPreset('destatis', single).status).toBe('not-assessable');
  });
});
