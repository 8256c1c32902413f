import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  COMMANDS,
  runCommand
} from "./chunks/chunk-5TQONLIC.mjs";
import {
  FALLBACK_LOGIN_USER,
  announceMasksWith,
  errorAnnotation,
  inGithubActions,
  redact,
  registerSecret
} from "./chunks/chunk-Q3VEEV6Q.mjs";
import {
  closestName
} from "./chunks/chunk-MJ4GKCEB.mjs";
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
  python: { flag: "--python" },
  image: { flag: "--image" },
  timeout: { flag: "--timeout" },
  "poll-interval": { flag: "--poll-interval" },
  producer: { flag: "--producer" },
  "run-id": { flag: "--run-id" },
  keep: { flag: "--keep" },
  "older-than": { flag: "--older-than" },
  yes: { flag: "--yes", boolean: true }
};
var VALUE_INPUTS = ["from-tag", "copy-to"];
var ALL_INPUTS = [
  "command",
  ...Object.keys(VARIABLE_INPUTS),
  ...Object.keys(FLAG_INPUTS),
  ...VALUE_INPUTS,
  "images",
  "args"
];
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
function imageLines(text) {
  return text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, "").trim()).filter(Boolean);
}
function toInvocation(env, commands) {
  const secrets = SECRET_INPUTS.map((name) => getInput(env, name)).filter(Boolean);
  const names = Object.keys(commands);
  const command = getInput(env, "command");
  if (!command) throw new InputError(`input command is required: one of ${names.join(", ")}`);
  const spec = Object.hasOwn(commands, command) ? commands[command] : void 0;
  if (!spec) {
    const closest = closestName(command, names);
    const hint = closest ? `; did you mean ${closest}?` : "";
    throw new InputError(`input command=${JSON.stringify(command)} is not valid: expected one of ${names.join(", ")}${hint}`);
  }
  const variables = {};
  for (const [input, variable] of Object.entries(VARIABLE_INPUTS)) {
    const value = getInput(env, input);
    if (value) variables[variable] = value;
  }
  if (variables.GITHUB_TOKEN && !variables.CONTAINER_REGISTRY_TOKEN && !env.CONTAINER_REGISTRY_TOKEN) {
    variables.CONTAINER_REGISTRY_TOKEN = variables.GITHUB_TOKEN;
  }
  const args = [];
  const images = imageLines(getInput(env, "images"));
  if (images.length && !spec.imagesInput) {
    throw new InputError(`input images does not apply to command ${command} (only to ${takers(commands, (c) => c.imagesInput === true)})`);
  }
  for (const input of VALUE_INPUTS) {
    const value = getInput(env, input);
    if (spec.valueInput === input && images.length) {
      if (value) throw new InputError(`inputs ${input} and images contradict each other with command ${command}: give one of them`);
    } else if (spec.valueInput === input) {
      if (!value)
        throw new InputError(
          `input ${input} is required with command ${command}${spec.imagesInput ? " (or images, one reference a line)" : ""}`
        );
      args.push(value);
    } else if (value) {
      throw new InputError(`input ${input} applies only to command ${takers(commands, (c) => c.valueInput === input)}, not ${command}`);
    }
  }
  for (const [input, { flag, ...rest }] of Object.entries(FLAG_INPUTS)) {
    const boolean = rest.boolean === true;
    const value = getInput(env, input);
    if (!value || boolean && value === "false") continue;
    if (!spec.inputs?.includes(input)) {
      throw new InputError(
        `input ${input} does not apply to command ${command} (only to ${takers(commands, (c) => c.inputs?.includes(input) === true)})`
      );
    }
    if (boolean) {
      if (value !== "true") throw new InputError(`input ${input}=${JSON.stringify(value)} is not valid: expected true or false`);
      args.push(flag);
    } else {
      args.push(flag, value);
    }
  }
  args.push(...images, ...splitArgs(getInput(env, "args")));
  return { command, args, variables, secrets };
}
function takers(commands, takes) {
  return Object.keys(commands).filter((name) => takes(commands[name])).join(", ");
}

// lib/action/action.ts
nodeModule.enableCompileCache?.();
var actions = inGithubActions();
if (!process.env.GITHUB_USERNAME && process.env.GITHUB_ACTOR) process.env.GITHUB_USERNAME = process.env.GITHUB_ACTOR;
var user = process.env.GITHUB_USERNAME || FALLBACK_LOGIN_USER;
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
  const invocation = toInvocation(process.env, COMMANDS);
  Object.assign(process.env, invocation.variables);
  process.exitCode = await runCommand(invocation.command, invocation.args);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), error instanceof InputError ? 2 : 1);
}
