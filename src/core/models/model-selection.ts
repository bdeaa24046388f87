/**
 * Fit every applicable family to one series, compare them as far as the data allow, choose one (or a
 * weighted ensemble) and always say why — or say that the evidence is insufficient and fall back to a
 * stated default.
 *
 *   fit all families ─→ forecast each ─→ AICc (where n ≥ k + 2) ─→ rolling-origin backtest ─→ weights ─→ choice + reason
 *
 * Rules, in order:
 * 1. Fewer than 3 observations: "insufficient evidence" — two points fix one growth rate and cannot show
 *    which shape fits or how much it varies; the spec's fallback (default compound growth, with pooled or
 *    default spread) is used.
 * 2. Backtest (criterion `backtest`, or `auto` when usable): families that fitted at every origin are
 *    ranked by mean absolute percentage error if at least two of them have `minimumScoredPoints` scored
 *    forecasts; weights ∝ 1 / MAPE.
 * 3. AICc (criterion `aicc`, or `auto` without a usable backtest): families whose level-scale likelihood
 *    covers all observations (trend models, damped trend) and whose AICc exists (n ≥ k + 2: the small-
 *    sample correction divides by n − k − 1); Akaike weights exp(−Δ/2) normalised. Random-walk families
 *    condition on the first value, so their likelihoods are not comparable with these and are not mixed in.
 * 4. Otherwise: "insufficient evidence", fallback as in 1.
 * Evidence is "weak" with fewer than 6 scored backtest points (or 6 observations for AICc) or when the
 * runner-up's weight is within a factor 1.5 of the best; "adequate" otherwise.
 */
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import type { ObservedSeries } from '../series/observed-series.js';
import { findFamily } from './family-registry.js';
import type { AnyModelFamily, FamilyChoice, FitContext, FittedModel, FitSummary, Forecast, IntervalSource, ParameterRow } from './model-family.js';
import { familiesForIndicator, type ModelSpec } from './model-spec.js';
import { rollingOriginBacktest, type BacktestResult } from './rolling-origin-backtest.js';

export interface ForecastRow {
  year: number;
  /** the point forecast (the predictive median) */
  point: number;
  intervals: { level: number; lower: number; upper: number }[];
}

export interface FamilyReport {
  family: string;
  label: LocalizedText;
  parameters: ParameterRow[];
  aicc: number | null;
  aiccNote?: string;
  /** mean absolute percentage error of the rolling-origin backtest, in percent */
  backtestError: number | null;
  backtestScoredPoints: number;
  backtestCoverage: { level: number; covered: number; total: number }[] | null;
  backtestNote?: string;
  /** the family's weight under the criterion used (null when not compared) */
  weight: number | null;
  intervalSource: IntervalSource | null;
  intervalSourceDescription: string | null;
  forecast: ForecastRow[]; // empty for a family neither chosen nor compared ('when-choosing' under criterion none)
  summary: FitSummary | null;
  /** the fitted model, for simulation downstream */
  model: FittedModel | null;
  failure?: string;
}

/** calibrated: no choice by fit; the default's spread is calibrated across many series */
export type EvidenceStrength = 'insufficient' | 'weak' | 'adequate' | 'calibrated';

export interface FitReport {
  series: { region: string; indicator: string; unit: string; indicatorKind: string; years: number[]; values: number[] };
  levels: number[];
  horizon: { firstYear: number; lastYear: number };
  chosen: { family: string | null; reason: string; evidence: EvidenceStrength; criterion: 'backtest' | 'aicc' | 'fallback' | 'default' | 'none' };
  families: FamilyReport[];
  ensemble?: { weights: Record<string, number>; forecast: ForecastRow[] };
  diagnostics: string[];
}

export interface SelectionOptions {
  levels: readonly number[];
  /** years after the last observation */
  horizon: number;
  backtest: { holdout: number; minimumScoredPoints: number };
  selection: { criterion: 'auto' | 'backtest' | 'aicc' | 'none'; combine: 'best' | 'weighted'; fallback: string };
  /** where family ids are looked up; default: the built-in registry */
  findFamily?: (id: string) => AnyModelFamily | undefined;
  backtests?: 'always' | 'when-choosing'; // 'when-choosing': no backtest unless the criterion reads it; under none, no forecast but the pick's
}

function rows(forecast: Forecast): ForecastRow[] {
  return forecast.years.map((year, index) => ({
    year,
    point: forecast.point[index]!,
    intervals: forecast.intervals.map((interval) => ({ level: interval.level, lower: interval.lower[index]!, upper: interval.upper[index]! })),
  }));
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const fixed = (value: number, digits = 1): string => value.toFixed(digits);

function failed(family: string, label: LocalizedText, failure: string): FamilyReport {
  return {
    family, label, parameters: [], aicc: null, backtestError: null, backtestScoredPoints: 0, backtestCoverage: null,
    weight: null, intervalSource: null, intervalSourceDescription: null, forecast: [], summary: null, model: null, failure,
  };
}

/** Fit, forecast and backtest one family choice; failures become a report, never an exception. */
function evaluate(choice: FamilyChoice, series: ObservedSeries, context: FitContext, options: SelectionOptions): { report: FamilyReport; backtest: BacktestResult | null } {
  const family = (options.findFamily ?? findFamily)(choice.family);
  if (!family) return { report: failed(choice.family, { zh: choice.family, en: choice.family }, `unknown family "${choice.family}"`), backtest: null };
  if (!family.appliesTo.includes(series.indicatorKind)) {
    return { report: failed(family.id, family.label, `does not apply to ${series.indicatorKind} indicators`), backtest: null };
  }
  // Normalising again is idempotent for a spec's settings and fills defaults for a caller's shorthand.
  const parsed = family.settingsSchema.safeParse(choice.settings);
  if (!parsed.success) {
    return { report: failed(family.id, family.label, `invalid settings: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`).join('; ')}`), backtest: null };
  }
  const settings = parsed.data;
  try {
    const outcome = family.fit(series, settings, context);
    if (!outcome.ok) return { report: failed(family.id, family.label, outcome.reason), backtest: null };
    const model = outcome.model;
    const summary = family.fitSummary(model);
    const backtested = options.backtests !== 'when-choosing' || options.selection.criterion === 'backtest' || options.selection.criterion === 'auto';
    const backtest = backtested ? rollingOriginBacktest(family, settings, series, context, options.backtest.holdout, options.levels) : null;
    const report: FamilyReport = {
      family: family.id,
      label: family.label,
      parameters: family.parameterTable(model),
      aicc: summary.aicc,
      ...(summary.aiccNote ? { aiccNote: summary.aiccNote } : {}),
      backtestError: backtest?.meanAbsolutePercentageError ?? null,
      backtestScoredPoints: backtest?.points.length ?? 0,
      backtestCoverage: backtest !== null && backtest.points.length > 0 ? backtest.coverage : null,
      ...(backtest === null ? { backtestNote: 'not run: the model spec does not choose by backtest, and this job shows only the chosen family' } : backtest.note ? { backtestNote: backtest.note } : {}),
      weight: null,
      intervalSource: model.intervalSource,
      intervalSourceDescription: model.intervalSourceDescription,
      forecast: backtested || options.selection.criterion !== 'none' || choice.family === options.selection.fallback ? rows(family.forecast(model, options.horizon, options.levels)) : [],
      summary,
      model,
    };
    return { report, backtest };
  } catch (error) {
    return { report: failed(family.id, family.label, `failed unexpectedly: ${message(error)}`), backtest: null };
  }
}

/** The fallback's default settings (its schema's defaults), or {} for an unknown id. */
function defaultSettings(id: string, options: SelectionOptions): unknown {
  const family = (options.findFamily ?? findFamily)(id);
  return family ? family.settingsSchema.parse(undefined) : {};
}

function normalise(raw: Map<string, number>): Map<string, number> {
  const total = [...raw.values()].reduce((sum, value) => sum + value, 0);
  return new Map([...raw].map(([family, value]) => [family, value / total]));
}

function strength(weights: Map<string, number>, points: number): EvidenceStrength {
  const sorted = [...weights.values()].sort((a, b) => b - a);
  return points < 6 || sorted[0]! < 1.5 * (sorted[1] ?? 0) ? 'weak' : 'adequate';
}

function ensembleRows(reports: readonly FamilyReport[], weights: Map<string, number>): ForecastRow[] {
  const members = reports.filter((report) => weights.has(report.family));
  // Quantile averaging (Vincentisation): the ensemble's bands average the members' bands.
  return members[0]!.forecast.map((row, index) => ({
    year: row.year,
    point: members.reduce((sum, member) => sum + weights.get(member.family)! * member.forecast[index]!.point, 0),
    intervals: row.intervals.map((interval, k) => ({
      level: interval.level,
      lower: members.reduce((sum, member) => sum + weights.get(member.family)! * member.forecast[index]!.intervals[k]!.lower, 0),
      upper: members.reduce((sum, member) => sum + weights.get(member.family)! * member.forecast[index]!.intervals[k]!.upper, 0),
    })),
  }));
}

/** The stated fallback's report (fitted even when the spec did not list it for this indicator), else the first fitted family. */
function withFallback(reports: FamilyReport[], fittedReports: FamilyReport[], diagnostics: string[], series: ObservedSeries, context: FitContext, options: SelectionOptions): FamilyReport | undefined {
  const { fallback } = options.selection;
  if (!reports.some((report) => report.family === fallback)) {
    const added = evaluate({ family: fallback, settings: defaultSettings(fallback, options) }, series, context, options);
    reports.push(added.report);
    if (added.report.model) fittedReports.push(added.report);
    diagnostics.push(`${fallback} added as the stated fallback${added.report.failure ? `, but not fitted: ${added.report.failure}` : ''}`);
  }
  return fittedReports.find((report) => report.family === fallback) ?? fittedReports[0];
}

export function fitAndSelect(series: ObservedSeries, choices: readonly FamilyChoice[], context: FitContext, options: SelectionOptions): FitReport {
  const diagnostics: string[] = [];
  const n = series.years.length;
  const evaluated = choices.map((choice) => evaluate(choice, series, context, options));
  const reports = evaluated.map((entry) => entry.report);
  for (const report of reports) if (report.failure) diagnostics.push(`${report.family} not fitted: ${report.failure}`);
  const fittedReports = reports.filter((report) => report.model !== null);

  // Candidates under each criterion.
  const ranked = evaluated.filter((entry) => entry.backtest?.complete && entry.backtest.meanAbsolutePercentageError !== null && entry.backtest.points.length >= options.backtest.minimumScoredPoints);
  const backtestUsable = ranked.length >= 2;
  const comparable = fittedReports.filter((report) => report.aicc !== null && report.model?.likelihood?.basis === 'all-observations');
  const aiccUsable = comparable.length >= 2;
  const { criterion: wanted, combine, fallback } = options.selection;
  let criterion: FitReport['chosen']['criterion'] = 'none';
  if (n >= 3 && (wanted === 'backtest' || wanted === 'auto') && backtestUsable) criterion = 'backtest';
  else if (n >= 3 && (wanted === 'aicc' || wanted === 'auto') && aiccUsable) criterion = 'aicc';

  let chosen: FitReport['chosen'];
  let ensemble: FitReport['ensemble'];
  if (wanted === 'none') {
    const pick = withFallback(reports, fittedReports, diagnostics, series, context, options);
    if (pick?.model && pick.forecast.length === 0) pick.forecast = rows((options.findFamily ?? findFamily)(pick.family)!.forecast(pick.model, options.horizon, options.levels));
    chosen = {
      family: pick?.family ?? null,
      criterion: pick ? 'default' : 'none',
      evidence: pick?.intervalSource === 'calibrated' ? 'calibrated' : 'insufficient',
      reason: pick
        ? `the model spec uses ${pick.family === fallback ? `its default, ${fallback},` : `${pick.family} (the default ${fallback} could not be fitted)`} without choosing between families by their fit (selection.criterion: none; models/README.md says why). Its intervals: ${pick.intervalSourceDescription}.`
        : `the model spec's default ${fallback} and every other family failed to fit.`,
    };
  } else if (criterion === 'none') {
    const why =
      n < 3
        ? `only ${n} observation${n === 1 ? '' : 's'}: two points fix one growth rate and cannot show which shape fits or how much it varies`
        : `${ranked.length} famil${ranked.length === 1 ? 'y has' : 'ies have'} a complete backtest with at least ${options.backtest.minimumScoredPoints} scored points and ${comparable.length} a comparable AICc; at least two are needed to choose between them`;
    const pick = withFallback(reports, fittedReports, diagnostics, series, context, options);
    const spread = pick ? ` Its intervals: ${pick.intervalSourceDescription}.` : '';
    chosen = {
      family: pick?.family ?? null,
      criterion: pick ? 'fallback' : 'none',
      evidence: 'insufficient',
      reason: pick
        ? `insufficient evidence: ${why}. Using ${pick.family === fallback ? `the stated fallback, ${fallback}` : `${pick.family} (the fallback ${fallback} could not be fitted)`}.${spread}`
        : `insufficient evidence: ${why}, and no family could be fitted.`,
    };
  } else {
    let weights: Map<string, number>;
    let points: number;
    let describe: (family: string) => string;
    if (criterion === 'backtest') {
      weights = normalise(new Map(ranked.map((entry) => [entry.report.family, 1 / Math.max(entry.backtest!.meanAbsolutePercentageError!, 1e-9)])));
      points = ranked[0]!.backtest!.points.length;
      describe = (family) => {
        const result = ranked.find((entry) => entry.report.family === family)!.backtest!;
        const coverage = result.coverage.map((entry) => `${entry.level} % interval covered ${entry.covered}/${entry.total}`).join(', ');
        return `${family}: backtest error (MAPE) ${fixed(result.meanAbsolutePercentageError!)} % over ${result.points.length} held-out forecasts; ${coverage}`;
      };
    } else {
      const best = Math.min(...comparable.map((report) => report.aicc!));
      weights = normalise(new Map(comparable.map((report) => [report.family, Math.exp(-(report.aicc! - best) / 2)])));
      points = n;
      describe = (family) => `${family}: AICc ${fixed(comparable.find((report) => report.family === family)!.aicc!, 2)}`;
    }
    for (const report of reports) report.weight = weights.get(report.family) ?? null;
    const order = [...weights].sort((a, b) => b[1] - a[1]);
    const [bestFamily, bestWeight] = order[0]!;
    const evidence = strength(weights, points);
    const caveat =
      evidence === 'weak'
        ? ` This is weak evidence: ${points < 6 ? `only ${points} ${criterion === 'backtest' ? 'scored forecasts' : 'observations'}` : 'the runner-up is close'}.`
        : '';
    const runnerUp = order[1] ? ` Runner-up ${describe(order[1][0])} (weight ${fixed(order[1][1], 2)}).` : '';
    const by = criterion === 'backtest' ? 'the lowest rolling-origin backtest error' : 'the lowest AICc among families fitted to all observations on the level scale';
    if (combine === 'weighted') {
      ensemble = { weights: Object.fromEntries(weights), forecast: ensembleRows(reports, weights) };
      chosen = {
        family: 'ensemble',
        criterion,
        evidence,
        reason: `weighted ensemble of ${order.map(([family, weight]) => `${family} (${fixed(weight, 2)})`).join(', ')}, weighted by ${criterion === 'backtest' ? 'inverse backtest error' : 'Akaike weights'}. Best: ${describe(bestFamily)}.${caveat}`,
      };
    } else {
      chosen = { family: bestFamily, criterion, evidence, reason: `chosen for ${by} — ${describe(bestFamily)} (weight ${fixed(bestWeight, 2)}).${runnerUp}${caveat}` };
    }
  }

  const chosenBacktest = evaluated.find((entry) => entry.report.family === chosen.family)?.backtest;
  const wide = chosenBacktest?.coverage.find((entry) => entry.level === Math.max(...options.levels));
  if (wide && wide.total >= 4 && wide.covered / wide.total < 0.5) {
    diagnostics.push(`${chosen.family}'s ${wide.level} % intervals covered only ${wide.covered} of ${wide.total} held-out values: they are probably too narrow`);
  }
  const lastYear = series.years[n - 1] ?? 0;
  return {
    series: { region: series.region, indicator: series.indicator, unit: series.unit, indicatorKind: series.indicatorKind, years: [...series.years], values: [...series.values] },
    levels: [...options.levels],
    horizon: { firstYear: lastYear + 1, lastYear: lastYear + options.horizon },
    chosen,
    families: reports,
    ...(ensemble ? { ensemble } : {}),
    diagnostics,
  };
}

/** `fitAndSelect` with the families, levels, backtest and selection settings of a model spec. */
export function fitWithSpec(series: ObservedSeries, spec: ModelSpec, context: FitContext, horizon: number, backtests: SelectionOptions['backtests'] = 'always'): FitReport {
  return fitAndSelect(series, familiesForIndicator(spec, series.indicator, series.indicatorKind), context, {
    levels: spec.intervalLevels,
    horizon,
    backtest: spec.backtest,
    backtests,
    selection: { criterion: spec.selection.criterion, combine: spec.selection.combine, fallback: spec.selection.fallbackByKind[series.indicatorKind] ?? spec.selection.fallback },
  });
}
