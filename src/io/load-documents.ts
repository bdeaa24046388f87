/**
 * Reads the documents catalogue (seeds/documents.yaml): every bundled source by title, issuer, document
 * number and date, and why each conflict between sources was settled (core/documents/document-catalog.ts).
 */
import { join } from 'node:path';
import { parseDocumentFile, type DocumentCatalog } from '../core/documents/document-catalog.js';
import { readYamlFile } from './load-catalog.js';
import { seedsDirectory } from './project-paths.js';

export const DOCUMENTS_FILE = join(seedsDirectory, 'documents.yaml');

export function loadDocumentCatalog(file: string = DOCUMENTS_FILE): DocumentCatalog {
  return parseDocumentFile(readYamlFile(file), file);
}
