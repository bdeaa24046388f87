/**
 * Reads the forecast calibration a model spec names (models/calibration.json by default), validated
 * against its schema. A missing or malformed file is a PlancastError naming the file and the remedy.
 */
import { readFileSync } from 'node:fs';
import { forecastCalibrationSchema, type ForecastCalibration } from '../core/forecasting/forecast-calibration.js';
import { PlancastError } from '../core/errors.js';

const loaded = new Map<string, ForecastCalibration>();

export function loadCalibration(path: string): ForecastCalibration {
  const cached = loaded.get(path);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PlancastError('E_CALIBRATION_MISSING', `the forecast calibration ${path} cannot be read`, { remedy: 'restore models/calibration.json (git checkout models/calibration.json) or rebuild it with `node scripts/build-calibration.mjs`' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PlancastError('E_CALIBRATION_INVALID', `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { remedy: 'rebuild it with `node scripts/build-calibration.mjs`' });
  }
  const parsed = forecastCalibrationSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PlancastError('E_CALIBRATION_INVALID', `${path} at ${issue.path.join('.') || '(top)'}: ${issue.message}`, { remedy: 'rebuild it with `node scripts/build-calibration.mjs`' });
  }
  loaded.set(path, parsed.data);
  return parsed.data;
}
