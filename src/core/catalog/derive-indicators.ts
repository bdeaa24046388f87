/**
 * Derived indicators: values computed from others by the catalogue's relations, arithmetic expressions
 * over indicator ids (`rd_intensity = rd_expenditure / gdp * 100`; the language and its limits are in
 * relation-expression.ts). For every region and year where all inputs are observed and the indicator
 * itself is not, a derived record is added (kind `actual`, its source naming the relation and the input
 * records). Users add their own derived indicators by adding an entry with a `relation` to a catalogue
 * file; a relation outside the language is E_RELATION_INVALID.
 */
import { PlancastError } from '../errors.js';
import { isObservation, isUsable, type IndicatorRecord } from '../records/indicator-record.js';
import type { Catalog } from './indicator-catalog.js';
import { evaluateRelation, parseRelation, type RelationNode } from './relation-expression.js';

const RELATION_REMEDY = 'write an arithmetic expression over indicator ids, e.g. rd_expenditure / gdp * 100 (numbers, + - * / ^, parentheses, abs sqrt log exp min max pow round floor ceil)';

/** The parsed relation of an indicator, or E_RELATION_INVALID naming the indicator and the problem. */
export function parsedRelation(id: string, relation: string): { tree: RelationNode; inputs: string[] } {
  const parsed = parseRelation(relation);
  if (!parsed.ok) throw new PlancastError('E_RELATION_INVALID', `indicator ${id}: the relation "${relation.slice(0, 200)}" is not allowed: ${parsed.problem}`, { remedy: RELATION_REMEDY });
  return parsed;
}

/** Checks every relation: it parses within the allowed language, and every name in it is an indicator id. */
export function checkRelations(catalog: Catalog): void {
  for (const definition of catalog.indicators.values()) {
    if (definition.relation === undefined) continue;
    const symbols = parsedRelation(definition.id, definition.relation).inputs;
    const unknown = symbols.filter((name) => !catalog.indicators.has(name));
    if (unknown.length > 0) {
      throw new PlancastError('E_RELATION_INVALID', `indicator ${definition.id}: the relation "${definition.relation}" names unknown indicators: ${unknown.join(', ')}`, { remedy: 'use indicator ids from the catalogue (`plancast data list`)' });
    }
  }
}

export function deriveIndicators(records: readonly IndicatorRecord[], catalog: Catalog, inputsOf: (expression: string) => string[]): IndicatorRecord[] {
  const observed = new Map<string, IndicatorRecord>();
  for (const record of records) {
    if (!isObservation(record) || !isUsable(record)) continue;
    const key = `${record.region}|${record.indicator}|${record.year}`;
    const existing = observed.get(key);
    if (existing === undefined || (existing.kind === 'baseline' && record.kind === 'actual')) observed.set(key, record);
  }
  const regionYears = new Set([...observed.values()].map((record) => `${record.region}|${record.year}`));
  const derived: IndicatorRecord[] = [];
  for (const definition of catalog.indicators.values()) {
    if (definition.relation === undefined) continue;
    const inputs = inputsOf(definition.relation);
    const { tree } = parsedRelation(definition.id, definition.relation);
    for (const regionYear of regionYears) {
      const [region, yearText] = regionYear.split('|') as [string, string];
      if (observed.has(`${region}|${definition.id}|${yearText}`)) continue;
      const inputRecords = inputs.map((input) => observed.get(`${region}|${input}|${yearText}`));
      if (inputRecords.some((record) => record === undefined)) continue;
      const scope = Object.fromEntries(inputs.map((input, index) => [input, inputRecords[index]!.value]));
      const value = evaluateRelation(tree, scope);
      if (!Number.isFinite(value)) continue;
      derived.push({
        region, indicator: definition.id, year: Number(yearText), kind: 'actual', value: Number(value.toPrecision(12)), unit: definition.unit,
        source: { document: 'derived', location: `${definition.id} = ${definition.relation}; from ${inputRecords.map((record) => `${record!.indicator} (${record!.source.document}${record!.source.line !== undefined ? `:${record!.source.line}` : ''})`).join(', ')}` },
        note: `derived by the catalogue relation ${definition.relation}`,
      });
    }
  }
  return derived;
}
