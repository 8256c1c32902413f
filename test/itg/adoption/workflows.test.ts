/**
 * examples/workflows/*.yml against action.yml: every use of this action names a real command and
 * only declared inputs; every `steps.<id>.outputs.<name>` and `needs.<job>.outputs.<name>` exists;
 * permissions are set; third-party actions are pinned by commit sha with a version comment.
 * Also action.yml against the entry: the inputs it declares are the ones dist/action.mjs reads.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { commandNames } from '../../../lib/action/commands.ts';
import { ALL_INPUTS } from '../../../lib/action/inputs.ts';
import { ROOT } from './helpers.ts';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  run?: string;
}
interface Job {
  steps?: Step[];
  outputs?: Record<string, string>;
  permissions?: Record<string, string>;
  [key: string]: unknown;
}
interface Workflow {
  on?: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
}

const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const DIR = join(ROOT, 'examples/workflows');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .sort();
const OURS = /^[\w.-]+\/ci-images@/;

const workflows = suite('examples/workflows and action.yml');

workflows("action.yml: node24, dist/action.mjs, the inputs the entry reads, the recipes' outputs", () => {
  assert.is(actionYml.runs.using, 'node24');
  assert.is(actionYml.runs.main, 'dist/action.mjs');
  assert.equal(Object.keys(actionYml.inputs).sort(), [...ALL_INPUTS].sort());
  assert.equal(Object.keys(actionYml.outputs).sort(), [
    'digest',
    'digests',
    'githubRegistry',
    'imageDigest',
    'imageReference',
    'localImage',
  ]);
  for (const name of commandNames())
    assert.ok(String((actionYml.inputs.command as { description?: string }).description).includes(name), `command ${name} documented`);
});

workflows('the four examples exist', () => {
  assert.equal(files, ['build-images.yml', 'ci.yml', 'promote.yml', 'prune.yml']);
});

for (const file of files) {
  workflows(`${file}: uses, inputs, outputs, permissions, pins`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const workflow = parse(text) as Workflow;
    assert.ok(workflow.on, 'has triggers');
    let ours = 0;
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      const permissions = job.permissions ?? workflow.permissions;
      assert.is(permissions?.contents, 'read', `${jobName}: contents: read`);
      assert.is(permissions?.packages, 'write', `${jobName}: packages: write`);
      const steps = job.steps ?? [];
      const ourIds = new Set<string>();
      for (const step of steps) {
        if (!step.uses || !OURS.test(step.uses)) continue;
        ours++;
        assert.match(step.uses, /@v1$/, `${jobName}: ${step.uses} pinned to @v1`);
        const inputs = step.with ?? {};
        for (const key of Object.keys(inputs)) assert.ok(key in actionYml.inputs, `${jobName}: input ${key} is declared in action.yml`);
        for (const [key, spec] of Object.entries(actionYml.inputs))
          if (spec.required) assert.ok(key in inputs, `${jobName}: required input ${key}`);
        assert.ok(commandNames().includes(String(inputs.command)), `${jobName}: command ${inputs.command} is one of ${commandNames()}`);
        if (step.id) ourIds.add(step.id);
      }
      // Every ${{ steps.x.outputs.y }} in this job names a step of this action and an output it declares.
      const jobText = JSON.stringify(job);
      for (const [, id, output] of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        assert.ok(ourIds.has(id!), `${jobName}: steps.${id} is a step using this action`);
        assert.ok(output! in actionYml.outputs, `${jobName}: output ${output} is declared in action.yml`);
      }
      for (const [, needed, output] of jobText.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        assert.ok(workflow.jobs[needed!]?.outputs?.[output!], `${jobName}: job ${needed} declares output ${output}`);
      }
    }
    assert.ok(ours > 0, 'uses this action');
    // Third-party actions: a full commit sha and the version it is, as a comment.
    for (const line of text.split('\n')) {
      const uses = /^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/.exec(line);
      if (!uses || OURS.test(uses[1]!)) continue;
      assert.match(uses[1]!, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${file}: ${uses[1]} pinned by commit sha`);
      assert.match(uses[2]!, /#\s*v\d+(\.\d+)*/, `${file}: ${uses[1]} carries a version comment`);
    }
  });
}

workflows('workflow_run: build-images follows "CI Build" requests, promote its completions on main', () => {
  const ci = parse(readFileSync(join(DIR, 'ci.yml'), 'utf8')) as { name: string };
  const build = parse(readFileSync(join(DIR, 'build-images.yml'), 'utf8')) as {
    on: { workflow_run: { workflows: string[]; types: string[] } };
  };
  const promote = parse(readFileSync(join(DIR, 'promote.yml'), 'utf8')) as {
    on: { workflow_run: { workflows: string[]; types: string[]; branches: string[] } };
  };
  assert.equal(build.on.workflow_run.workflows, [ci.name]);
  assert.equal(build.on.workflow_run.types, ['requested']);
  assert.equal(promote.on.workflow_run.workflows, [ci.name]);
  assert.equal(promote.on.workflow_run.types, ['completed']);
  assert.equal(promote.on.workflow_run.branches, ['main']);
});

workflows.run();
