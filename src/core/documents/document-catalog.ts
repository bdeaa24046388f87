/**
 * The documents catalogue (seeds/documents.yaml): what a reader cites a source by — its title, issuer,
 * document number (文号) and date — keyed by the id the records carry in their `document` column (a seed
 * document's file name, a public page's address); and why each conflict between sources was settled, as a
 * message key, so a report can say it in its own language. Reports name a source by title and table and
 * keep the file name for a footnote. Validated once here; the core trusts what it returns.
 */
import { z } from 'zod';
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import { PlancastError } from '../errors.js';
import { translate } from '../report/messages.js';

export const DOCUMENT_KINDS = ['plan', 'report', 'essay', 'web-page', 'user-data', 'derived'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The ways a conflict between sources is settled (conflict-reason.<key> in the message catalogue). */
export const CONFLICT_REASONS = [
  'plan-table-over-text', 'plan-table-over-estimate', 'text-over-table', 'plan-base-over-public-page', 'other-definition',
  'tagged-other-year', 'cumulative-not-level', 'level-not-sum', 'document-own-projection', 'document-own-window', 'implausible-value',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export interface SourceDocument {
  id: string;
  title: LocalizedText;
  /** true when the title describes the page (its own title was not recorded) */
  titleIsDescription: boolean;
  issuer: LocalizedText | null;
  number: string | null;
  date: string | null;
  published: string | null;
  kind: DocumentKind;
}

export interface DocumentCatalog {
  documents: ReadonlyMap<string, SourceDocument>;
  conflictReasons: ReadonlyMap<string, ConflictReason>;
}

export const EMPTY_DOCUMENT_CATALOG: DocumentCatalog = { documents: new Map(), conflictReasons: new Map() };

const localizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

const documentEntry = z
  .object({
    title: localizedText,
    title_is_description: z.boolean().default(false),
    issuer: localizedText.optional(),
    number: z.string().min(1).optional(),
    date: date.optional(),
    published: date.optional(),
    kind: z.enum(['plan', 'report', 'essay', 'web-page']),
  })
  .strict();

const documentFile = z
  .object({
    documents: z.record(z.string().min(1), documentEntry),
    conflict_reasons: z.record(z.string().min(1), z.enum(CONFLICT_REASONS)).default({}),
  })
  .strict();

/** The catalogue of one documents file, or a PlancastError (E_DOCUMENTS_INVALID) naming every bad entry. */
export function parseDocumentFile(content: unknown, file: string): DocumentCatalog {
  const result = documentFile.safeParse(content);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${file}: at ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n');
    throw new PlancastError('E_DOCUMENTS_INVALID', problems, { remedy: 'fix the entries named; see seeds/documents.yaml for the fields (title, issuer, number, date, kind)' });
  }
  const documents = new Map<string, SourceDocument>();
  for (const [id, entry] of Object.entries(result.data.documents)) {
    documents.set(id, {
      id, title: entry.title, titleIsDescription: entry.title_is_description, issuer: entry.issuer ?? null, number: entry.number ?? null,
      date: entry.date ?? null, published: entry.published ?? null, kind: entry.kind,
    });
  }
  return { documents, conflictReasons: new Map(Object.entries(result.data.conflict_reasons)) };
}

/** A source the catalogue lacks (a user's file, a derived value): named after what it is, kind by its id. */
export function describeSource(catalog: DocumentCatalog, id: string): SourceDocument {
  const known = catalog.documents.get(id);
  if (known !== undefined) return known;
  const unknown = { id, titleIsDescription: true, issuer: null, number: null, date: null, published: null };
  if (id === 'derived') return { ...unknown, title: { zh: translate('zh', 'provenance.derived'), en: translate('en', 'provenance.derived') }, kind: 'derived' };
  const file = id.split(/[\\/]/).pop() ?? id;
  return { ...unknown, title: { zh: translate('zh', 'source.user-data', { file }), en: translate('en', 'source.user-data', { file }) }, kind: 'user-data' };
}
