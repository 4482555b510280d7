/**
 * Measures one format in a process of its own (started by ./run.ts), so that its memory figures
 * are not those of the formats measured before it: `child.ts OPTIONS_JSON OUT_FILE`.
 */
import { writeFileSync } from 'node:fs';
import { benchFormat, type FormatOptions } from './format.js';

const [optionsJson, out] = process.argv.slice(2);
const result = await benchFormat(JSON.parse(optionsJson) as FormatOptions);
writeFileSync(out, JSON.stringify(result));
