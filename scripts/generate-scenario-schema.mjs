#!/usr/bin/env node
// Writes scenarios/scenario.schema.json from the zod schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../dist/src/core/scenarios/scenario-json-schema.js';

writeFileSync(new URL('../scenarios/scenario.schema.json', import.meta.url), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/scenario.schema.json');
