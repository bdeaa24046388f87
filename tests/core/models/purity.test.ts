/**
 * The model and statistics core stays pure: no Math.random, no console, no node: imports, no clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folders = ['../../../src/core/models/', '../../../src/core/statistics/'];
const files = folders.flatMap((folder) => {
  const url = new URL(folder, import.meta.url);
  return readdirSync(url)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name: `${folder.replace('../../../', '')}${name}`, text: readFileSync(new URL(name, url), 'utf8') }));
});

describe('pure core (models, statistics)', () => {
  it.each(files)('$name', ({ text }) => {
    expect(text).not.toMatch(/Math\.random/);
    expect(text).not.toMatch(/\bconsole\./);
    expect(text).not.toMatch(/from ['"]node:|require\(|from ['"](fs|path|os|child_process)['"]/);
    expect(text).not.toMatch(/Date\.now|new Date\(/);
    expect(text.split('\n').length).toBeLessThanOrEqual(300);
  });
});
