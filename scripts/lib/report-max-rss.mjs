// Preloaded with `node --import` by the benchmarks: on exit, writes the process's peak
// resident memory (KiB, from getrusage) to the file named by MPS_MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.MPS_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
