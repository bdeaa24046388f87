/**
 * Makes an Office file (.docx, .xlsx: a zip of XML parts) byte-identical for the same content, as every
 * other file of a report is: the libraries that write them stamp the time into docProps/core.xml and into
 * every zip entry, and `docx` names some relationships with random ids. Here the parts are read back,
 * the creation and modification times set to a fixed instant, random relationship ids renamed in the
 * order they first appear, and the zip written again with fixed entry times, in the original part order.
 */

/** The instant written as the documents' creation and modification time (the zip format starts in 1980). */
export const FIXED_TIME = '2000-01-01T00:00:00Z';

/** Relationship ids plancast's libraries draw at random (nanoid, lowercased): 21 characters, not `rIdN`. */
const RANDOM_ID = /\bId="(?!rId\d+")([A-Za-z0-9_-]{21})"/g;

export async function normaliseOfficeZip(zip: Uint8Array): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  const parts = unzipSync(zip);
  const names = Object.keys(parts);
  const renamed = new Map<string, string>();
  for (const name of names) {
    if (!name.endsWith('.rels')) continue;
    for (const match of strFromU8(parts[name]!).matchAll(RANDOM_ID)) if (!renamed.has(match[1]!)) renamed.set(match[1]!, `rIdP${renamed.size + 1}`);
  }
  const output: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  const mtime = new Date(FIXED_TIME);
  for (const name of names) {
    let content = parts[name]!;
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      let text = strFromU8(content);
      const original = text;
      if (name === 'docProps/core.xml') {
        text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${FIXED_TIME}$2`);
      }
      for (const [random, fixed] of renamed) if (text.includes(random)) text = text.split(`"${random}"`).join(`"${fixed}"`);
      if (text !== original) content = strToU8(text);
    }
    output[name] = [content, { mtime, level: 6 }];
  }
  return zipSync(output);
}
