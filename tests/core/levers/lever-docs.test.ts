/**
 * What is derived from the lever registry stays derived: the README's lever and policy tables and the
 * policy file's JSON Schema are what `npm run schema` writes from the registry and the policy files; the
 * scenario schema has one key per lever; the session's keys are unique.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leverTableMarkdown, policyTableMarkdown, withGeneratedBlock } from '../../../src/core/levers/lever-table.js';
import { LEVERS, sessionControls } from '../../../src/core/levers/lever-registry.js';
import { policyJsonSchema } from '../../../src/core/policies/policy-json-schema.js';
import { scenarioSchema } from '../../../src/core/scenarios/scenario-spec.js';
import { loadPolicyLibrary } from '../../../src/io/load-policies.js';
import { projectRoot } from '../../../src/io/project-paths.js';

describe('derived from the registry', () => {
  it('the README\'s lever and policy tables (run `npm run schema` after changing a lever or a policy)', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const regenerated = withGeneratedBlock(withGeneratedBlock(readme, 'levers', leverTableMarkdown()), 'policies', policyTableMarkdown(loadPolicyLibrary().policies));
    expect(readme).toBe(regenerated);
    for (const lever of LEVERS) expect(readme).toContain(`| \`${lever.key}\` |`);
  });

  it('scenarios/policies/policy.schema.json', () => {
    const committed = JSON.parse(readFileSync(join(projectRoot, 'scenarios', 'policies', 'policy.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(policyJsonSchema())));
  });

  it('the scenario schema: one key per lever beside the scenario\'s identity, base and policies', () => {
    expect(Object.keys(scenarioSchema.shape).sort()).toEqual(['description', 'extends', 'id', 'label', 'policies', ...LEVERS.map((lever) => lever.key)].sort());
  });

  it('the session: every control has its own key', () => {
    const keys = sessionControls().map(({ control }) => control.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(6);
  });
});
