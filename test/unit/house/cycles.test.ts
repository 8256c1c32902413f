/**
 * The house rule "no import cycle between rooms": a room is a folder of lib/ or a top-level file of
 * lib/. Imports are read with TypeScript's own pre-processor (type-only imports count: a type is a
 * dependency of the design even when it leaves no trace at run time).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const LIB = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lib');

function libFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return libFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `lib/config/load.ts` → `config`; `lib/hosts.ts` → `hosts.ts`. */
function roomOf(path: string): string {
  return relative(LIB, path).split(sep)[0];
}

/** room → rooms it imports, with one example import per edge for the failure message. */
function roomGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of libFiles(LIB)) {
    const from = roomOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), imported.fileName);
      if (relative(LIB, target).startsWith('..')) continue;
      const to = roomOf(target);
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(LIB, file)} → ${imported.fileName}`);
    }
  }
  return graph;
}

/** Every cycle as its list of rooms (Tarjan's strongly connected components of more than one room). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (room: string): void => {
    index.set(room, index.size);
    low.set(room, index.get(room)!);
    stack.push(room);
    onStack.add(room);
    for (const next of graph.get(room)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(room, Math.min(low.get(room)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(room, Math.min(low.get(room)!, index.get(next)!));
      }
    }
    if (low.get(room) !== index.get(room)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== room);
    if (component.length > 1) found.push(component.sort());
  };
  for (const room of graph.keys()) if (!index.has(room)) visit(room);
  return found;
}

test('the detector finds a cycle through three rooms and none in a chain', () => {
  const graph = (edges: Record<string, string[]>) =>
    new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, `${from} → ${to}`]))]));
  assert.equal(cycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] })), [['a', 'b', 'c']]);
  assert.equal(cycles(graph({ a: ['b'], b: ['c'], c: [], d: ['a', 'c'] })), []);
});

test('the room graph is read from lib/ (a room for every folder and top-level file)', () => {
  const graph = roomGraph();
  for (const room of ['config', 'registry', 'cli', 'report', 'commands', 'support']) assert.ok(graph.has(room), room);
  assert.ok(graph.get('cli')!.has('config'), 'cli imports config');
});

test('no import cycle between rooms of lib/', () => {
  const graph = roomGraph();
  const described = cycles(graph).map((component) => {
    const edges = component.flatMap((room) =>
      [...graph.get(room)!].filter(([to]) => component.includes(to)).map(([, example]) => `    ${example}`),
    );
    return `  ${component.join(' ↔ ')}\n${edges.join('\n')}`;
  });
  assert.equal(described, [], `import cycles between rooms:\n${described.join('\n')}`);
});

test.run();
