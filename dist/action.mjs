import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  commandNames,
  runCommand
} from "./chunks/chunk-CINYUB3E.mjs";
import {
  announceMasksWith,
  errorAnnotation,
  inGithubActions,
  redact,
  registerSecret
} from "./chunks/chunk-E7YZNGG6.mjs";
import "./chunks/chunk-QAO4AET5.mjs";

// lib/action/action.ts
import nodeModule from "node:module";

// lib/action/inputs.ts
var VARIABLE_INPUTS = {
  registry: "GITHUB_REGISTRY",
  "use-github-registry": "USE_GITHUB_REGISTRY",
  "wait-for-image": "GITHUB_REGISTRY_WAIT_FOR_IMAGE",
  "pull-tag": "GITHUB_REGISTRY_PULL_IMAGE_TAG",
  "push-tag": "GITHUB_REGISTRY_PUSH_IMAGE_TAG",
  "python-versions": "CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING",
  "github-token": "GITHUB_TOKEN",
  "container-registry-token": "CONTAINER_REGISTRY_TOKEN",
  "registry-endpoints": "REGISTRY_ENDPOINTS"
};
var SECRET_INPUTS = ["github-token", "container-registry-token"];
var FLAG_INPUTS = {
  python: { flag: "--python", commands: ["prepare", "push", "promote", "copy", "merge-platforms", "pull", "verify-ci", "verify-prod"] },
  image: { flag: "--image", commands: ["prepare", "push", "promote", "copy", "merge-platforms", "pull"] },
  timeout: { flag: "--timeout", commands: ["wait-ci", "wait-prod", "prepare"] },
  "poll-interval": { flag: "--poll-interval", commands: ["wait-ci", "wait-prod"] },
  keep: { flag: "--keep", commands: ["prune"] },
  "older-than": { flag: "--older-than", commands: ["prune"] },
  yes: { flag: "--yes", commands: ["prune"], boolean: true }
};
var COMMAND_VALUE_INPUTS = { promote: "from-tag", copy: "copy-to" };
var ALL_INPUTS = ["command", ...Object.keys(VARIABLE_INPUTS), ...Object.keys(FLAG_INPUTS), "from-tag", "copy-to", "args"];
var InputError = class extends Error {
  exitCode = 2;
};
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function getInput(env, name) {
  return (env[inputVariable(name)] ?? "").trim();
}
function splitArgs(text) {
  return text.split(/\s+/).filter(Boolean);
}
function toInvocation(env, commands) {
  const secrets = SECRET_INPUTS.map((name) => getInput(env, name)).filter(Boolean);
  const command = getInput(env, "command");
  if (!command) throw new InputError(`input command is required: one of ${commands.join(", ")}`);
  if (!commands.includes(command)) {
    throw new InputError(`input command=${JSON.stringify(command)} is not valid: expected one of ${commands.join(", ")}`);
  }
  const variables = {};
  for (const [input, variable] of Object.entries(VARIABLE_INPUTS)) {
    const value = getInput(env, input);
    if (value) variables[variable] = value;
  }
  const args = [];
  for (const [input, forCommand] of Object.entries(COMMAND_VALUE_INPUTS)) {
    const value = getInput(env, forCommand);
    if (input === command) {
      if (!value) throw new InputError(`input ${forCommand} is required with command ${command}`);
      args.push(value);
    } else if (value) {
      throw new InputError(`input ${forCommand} applies only to command ${input}, not ${command}`);
    }
  }
  for (const [input, { flag, commands: accepted, boolean }] of Object.entries(FLAG_INPUTS)) {
    const value = getInput(env, input);
    if (!value || boolean && value === "false") continue;
    if (!accepted.includes(command)) {
      throw new InputError(`input ${input} does not apply to command ${command} (only to ${accepted.join(", ")})`);
    }
    if (boolean) {
      if (value !== "true") throw new InputError(`input ${input}=${JSON.stringify(value)} is not valid: expected true or false`);
      args.push(flag);
    } else {
      args.push(flag, value);
    }
  }
  args.push(...splitArgs(getInput(env, "args")));
  return { command, args, variables, secrets };
}

// lib/action/action.ts
nodeModule.enableCompileCache?.();
var actions = inGithubActions();
if (!process.env.GITHUB_USERNAME && process.env.GITHUB_ACTOR) process.env.GITHUB_USERNAME = process.env.GITHUB_ACTOR;
var user = process.env.GITHUB_USERNAME || "apache";
for (const name of SECRET_INPUTS) registerSecret(getInput(process.env, name), user);
if (actions) announceMasksWith((line) => process.stderr.write(line + "\n"));
function fail(message, code) {
  const line = redact(message);
  if (actions) process.stdout.write(errorAnnotation("ci-images", line) + "\n");
  process.stderr.write(`error: ${line}
`);
  process.exitCode = code;
}
try {
  const invocation = toInvocation(process.env, commandNames());
  Object.assign(process.env, invocation.variables);
  process.exitCode = await runCommand(invocation.command, invocation.args);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), error instanceof InputError ? 2 : 1);
}
