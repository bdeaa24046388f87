/**
 * The chongqing and national presets at every class boundary (thresholds from models/presets.yaml:
 * exceed margin 5 %, probabilities 0.5, tolerance 0.1; national ahead margin 0.1), for increasing and
 * decreasing indicators, and the binding-goal warning under every preset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bindingWarning } from '../../../src/core/assessment/binding-warning.js';
import { chongqingStatus, exceedThreshold } from '../../../src/core/assessment/chongqing-preset.js';
import { nationalStatus } from '../../../src/core/assessment/national-preset.js';
import { DEFAULT_PRESET_SETTINGS } from '../../../src/core/assessment/preset-settings.js';
import { parsePresetSettings } from '../../../src/core/assessment/preset-settings-file.js';
import { assessWithPreset, PROGRESS_PRESETS } from '../../../src/core/assessment/progress-presets.js';
import { projectRoot } from '../../../src/io/project-paths.js';

const chongqing = DEFAULT_PRESET_SETTINGS.chongqing;
const national = DEFAULT_PRESET_SETTINGS.national;

describe('the presets file', () => {
  it('states the defaults', () => {
    expect(parsePresetSettings(parse(readFileSync(join(projectRoot, 'models', 'presets.yaml'), 'utf8')), 'models/presets.yaml')).toEqual(DEFAULT_PRESET_SETTINGS);
  });
  it('refuses a threshold outside [0, 1]', () => expect(() => parsePresetSettings({ national: { ahead_margin: 2, nearly_on_schedule: 0.1 } }, 'p.yaml')).toThrowError(expect.objectContaining({ code: 'E_PRESETS_INVALID' })));
});

describe('chongqing classes', () => {
  const at = (distanceCovered: number, elapsedShare: number, meetProbability?: number, exceedProbability?: number, alreadyMet = false) =>
    chongqingStatus({ alreadyMet, distanceCovered, elapsedShare, meetProbability, exceedProbability }, chongqing);
  it('提前完成 when already met', () => expect(at(0.1, 0.6, 0, 0, true)).toBe('completed-early'));
  it('达到时序进度、预计可超额完成 on schedule with P(exceed) at the threshold, not below it', () => {
    expect(at(0.6, 0.6, 0.9, 0.5)).toBe('on-schedule-exceed');
    expect(at(0.6, 0.6, 0.9, 0.49)).toBe('on-schedule-expected');
    expect(at(0.59, 0.6, 0.9, 0.9)).toBe('on-schedule-expected');
  });
  it('达到或基本达到时序进度、预计可如期完成 within 0.1 of schedule with P(meet) ≥ 0.5', () => {
    expect(at(0.5, 0.6, 0.5, 0)).toBe('on-schedule-expected');
    expect(at(0.49, 0.6, 0.9, 0.9)).toBe('behind-or-at-risk');
    expect(at(0.6, 0.6, 0.49, 0)).toBe('behind-or-at-risk');
  });
  it('exceeding means beating the target by 5 % of it, downward for a decreasing indicator', () => {
    expect(exceedThreshold(4, 'higher-is-better', 0.05)).toBeCloseTo(4.2, 12);
    expect(exceedThreshold(8, 'lower-is-better', 0.05)).toBeCloseTo(7.6, 12);
  });
  it('reads a decreasing indicator through its distance covered (energy use from 10 toward 8 by 2025, as of 2023)', () => {
    const assessment = assessWithPreset('chongqing', { baseYear: 2020, baseValue: 10, latestYear: 2023, latestValue: 8.8, targetYear: 2025, targetValue: 8, history: [], alreadyMet: false, meetProbability: 0.7, exceedProbability: 0.6, direction: 'lower-is-better' });
    // covered (10 − 8.8)/(10 − 8) = 0.6 = elapsed 0.6: on schedule
    expect(assessment.status).toBe('on-schedule-exceed');
    // covered (10 − 8.95)/2 = 0.525: within 0.1 of schedule, not on it
    expect(assessWithPreset('chongqing', { baseYear: 2020, baseValue: 10, latestYear: 2023, latestValue: 8.95, targetYear: 2025, targetValue: 8, history: [], alreadyMet: false, meetProbability: 0.7, exceedProbability: 0.6, direction: 'lower-is-better' }).status).toBe('on-schedule-expected');
    // covered 0.45: more than 0.1 behind
    expect(assessWithPreset('chongqing', { baseYear: 2020, baseValue: 10, latestYear: 2023, latestValue: 9.1, targetYear: 2025, targetValue: 8, history: [], alreadyMet: false, meetProbability: 0.7, exceedProbability: 0.6, direction: 'lower-is-better' }).status).toBe('behind-or-at-risk');
  });
});

describe('national classes', () => {
  const at = (distanceCovered: number, elapsedShare: number, alreadyMet = false) => nationalStatus({ alreadyMet, distanceCovered, elapsedShare }, national);
  it('提前实现 when already met', () => expect(at(0, 0.6, true)).toBe('achieved-early'));
  it('快于预期 from 0.1 ahead of schedule', () => {
    expect(at(0.7, 0.6)).toBe('ahead-of-expectations');
    expect(at(0.69, 0.6)).toBe('in-line');
  });
  it('基本符合预期 down to 0.1 behind, 滞后 below', () => {
    expect(at(0.5, 0.6)).toBe('in-line');
    expect(at(0.49, 0.6)).toBe('lagging');
  });
});

describe('the binding-goal warning', () => {
  const risk = DEFAULT_PRESET_SETTINGS.binding;
  it('flags a binding goal missed, behind schedule or below P = 0.5, under every preset', () => {
    expect(bindingWarning({ attribute: 'binding', observedMet: false, alreadyMet: false, onSchedule: null, probability: 0 }, risk)).toBe('missed');
    expect(bindingWarning({ attribute: 'binding', alreadyMet: false, onSchedule: false, probability: 0.9 }, risk)).toBe('behind-schedule');
    expect(bindingWarning({ attribute: 'binding', alreadyMet: false, onSchedule: true, probability: 0.49 }, risk)).toBe('low-probability');
    expect(bindingWarning({ attribute: 'binding', alreadyMet: false, onSchedule: true, probability: 0.5 }, risk)).toBeNull();
  });
  it('leaves expected goals and binding goals already met alone', () => {
    expect(bindingWarning({ attribute: 'expected', alreadyMet: false, onSchedule: false, probability: 0 }, risk)).toBeNull();
    expect(bindingWarning({ attribute: 'binding', alreadyMet: true, onSchedule: false, probability: 0.2 }, risk)).toBeNull();
  });
  it('the presets list holds both Chinese presets', () => expect(PROGRESS_PRESETS).toEqual(expect.arrayContaining(['chongqing', 'national'])));
});
