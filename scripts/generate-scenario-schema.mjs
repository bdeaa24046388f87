#!/usr/bin/env node
// Writes scenarios/scenario.schema.json and scenarios/policies/policy.schema.json from the zod schemas, and
// the lever and policy tables in README.md from the lever registry and the policy files (run after
// `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { leverTableMarkdown, policyTableMarkdown, withGeneratedBlock } from '../dist/src/core/levers/lever-table.js';
import { policyJsonSchema } from '../dist/src/core/policies/policy-json-schema.js';
import { scenarioJsonSchema } from '../dist/src/core/scenarios/scenario-json-schema.js';
import { loadPolicyLibrary } from '../dist/src/io/load-policies.js';

writeFileSync(new URL('../scenarios/scenario.schema.json', import.meta.url), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/scenario.schema.json');
writeFileSync(new URL('../scenarios/policies/policy.schema.json', import.meta.url), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/policies/policy.schema.json');
const readme = new URL('../README.md', import.meta.url);
let text = readFileSync(readme, 'utf8');
text = withGeneratedBlock(text, 'levers', leverTableMarkdown());
text = withGeneratedBlock(text, 'policies', policyTableMarkdown(loadPolicyLibrary().policies));
writeFileSync(readme, text);
console.log('wrote the lever and policy tables in README.md');
