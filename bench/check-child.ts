/**
 * One existence check by our client in a fresh process (what a CI step pays): prints
 * {"found":…,"requests":…,"ms":…,"loadedMs":…} where ms is the check alone, after start-up, and
 * loadedMs is performance.now() when the check starts: node's boot and module loading (ms since the
 * process's time origin).
 * Usage: node --import tsx bench/check-child.ts <reference>; credentials from BENCH_USER and
 * BENCH_PASSWORD in the environment (never on the command line).
 */
import { performance } from 'node:perf_hooks';
import { RegistryClient } from '../lib/registry/client.ts';
import { parseReference } from '../lib/oci/reference.ts';

const user = process.env.BENCH_USER;
const password = process.env.BENCH_PASSWORD;
const client = new RegistryClient({ credentials: user && password ? () => ({ username: user, password }) : undefined });
const started = performance.now();
const loadedMs = started;
const found = await client.exists(parseReference(process.argv[2]));
process.stdout.write(JSON.stringify({ found, requests: client.requestCount, ms: performance.now() - started, loadedMs }) + '\n');
