/**
 * Regions as users write them: the catalogue id (yubei), the Chinese or English name (渝北区, Yubei
 * District) or an alias from regions.yaml (渝北), in a data file's region column and in --region. A new
 * id that resembles a known region (yubie, 渝北新区) is kept as the user's own region — nothing is
 * re-assigned silently — and gets a did-you-mean warning (W_REGION_DID_YOU_MEAN).
 */
import { distance } from 'fastest-levenshtein';
import type { Catalog, RegionDefinition } from '../catalog/indicator-catalog.js';

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/[\s()（）]/g, '');
}

function namesOf(region: RegionDefinition): string[] {
  return [region.id, region.name.zh, region.name.en, ...(region.aliases ?? [])];
}

/**
 * Every region's names, normalized, to its id — built once per catalogue (a data file names its regions
 * on every row: looking each up by normalizing every name again made validating a million rows slow).
 * The first region in catalogue order wins a name two regions share, as a search in that order would.
 */
const nameIndexes = new WeakMap<Catalog['regions'], Map<string, string>>();
function nameIndex(regions: Catalog['regions']): Map<string, string> {
  let index = nameIndexes.get(regions);
  if (index === undefined) {
    index = new Map();
    for (const region of regions.values()) for (const name of namesOf(region)) if (!index.has(normalize(name))) index.set(normalize(name), region.id);
    nameIndexes.set(regions, index);
  }
  return index;
}

/** The id of the region a written name means, or undefined when it names none of the catalogue's. */
export function resolveRegionName(catalog: Pick<Catalog, 'regions'>, written: string): string | undefined {
  const text = written.trim();
  if (catalog.regions.has(text)) return text;
  const wanted = normalize(text);
  if (wanted === '') return undefined;
  return nameIndex(catalog.regions).get(wanted);
}

/**
 * Known regions whose id or name resembles a written id (edit distance at most 0.4 of the longer name —
 * a swapped pair of letters in a five-letter id — or one name containing the other), closest first: the did-you-mean for a new region id.
 */
/** A name without the words every region has (District, 区…), so that they do not make names look alike. */
function core(name: string): string {
  return normalize(name.replace(/\b(district|municipality|county|city|area|zone)\b/gi, '')).replace(/[-_.]+$/, '').replace(/(区|县|市)$/, '');
}

export function suggestRegions(catalog: Pick<Catalog, 'regions'>, written: string, count = 3): string[] {
  const wanted = core(written);
  if (wanted === '') return [];
  const scored = [...catalog.regions.values()].map((region) => {
    const scores = namesOf(region).map(core).filter((name) => name !== '').map((name) => {
      if (name.includes(wanted) || wanted.includes(name)) return Math.min(name.length, wanted.length) >= 2 ? 0.2 : 1;
      return distance(wanted, name) / Math.max(name.length, wanted.length);
    });
    return { id: region.id, score: Math.min(...scores) };
  });
  return scored.filter((entry) => entry.score <= 0.4).sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).slice(0, count).map((entry) => entry.id);
}
