/**
 * The documents annex: every source the report's values come from, numbered, named by title, issuer,
 * document number and date from the documents catalogue (seeds/documents.yaml), with the tables and
 * sections cited; the file name or page address is kept for a footnote only. Numbered in a fixed order —
 * plan documents and reports first, then public pages, then the user's own files — each group by id.
 */
import { describeSource, type DocumentCatalog, type DocumentKind } from '../../documents/document-catalog.js';
import type { ProvenanceRow } from '../report-model.js';
import type { DocumentRow } from './evaluation-model.js';

const KIND_ORDER: Readonly<Record<DocumentKind, number>> = { plan: 0, report: 0, essay: 0, 'web-page': 1, 'user-data': 2, derived: 3 };

export function documentRows(provenance: readonly ProvenanceRow[], catalog: DocumentCatalog): DocumentRow[] {
  const locations = new Map<string, Set<string>>();
  for (const row of provenance) {
    const set = locations.get(row.document) ?? new Set<string>();
    if (row.location !== '') set.add(row.location);
    locations.set(row.document, set);
  }
  const sources = [...locations.keys()].map((id) => describeSource(catalog, id));
  sources.sort((left, right) => KIND_ORDER[left.kind] - KIND_ORDER[right.kind] || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  return sources.map((source, index) => ({
    number: index + 1, id: source.id, title: source.title, titleIsDescription: source.titleIsDescription, issuer: source.issuer,
    documentNumber: source.number, date: source.date, published: source.published, kind: source.kind,
    // a public page has no tables: its records' location only says where plancast's copy of the list is
    locations: source.kind === 'web-page' ? [] : [...(locations.get(source.id) ?? [])].sort(), file: source.id,
  }));
}

/** A lookup from a document id to its number (0 for a document the annex lacks). */
export function documentNumbering(rows: readonly DocumentRow[]): (document: string) => number {
  const numbers = new Map(rows.map((row) => [row.id, row.number]));
  return (document) => numbers.get(document) ?? 0;
}
