#!/usr/bin/env node
import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  COMMANDS,
  commandNames,
  runCommand
} from "./chunks/chunk-5TQONLIC.mjs";
import {
  closestName
} from "./chunks/chunk-MJ4GKCEB.mjs";
import "./chunks/chunk-QAO4AET5.mjs";

// lib/action/cli.ts
import nodeModule from "node:module";
import { basename } from "node:path";
import { readFileSync } from "node:fs";
nodeModule.enableCompileCache?.();
function version() {
  if (true) return "0.2.0";
  return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
}
function usage() {
  const width = Math.max(...commandNames().map((n) => n.length));
  return `Usage: ci-images <command> [flags]    (also: ci-images-<command> [flags])

Commands:
${commandNames().map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`).join("\n")}

  ci-images <command> --help   the command's flags and variables
  ci-images --version

Configuration comes from the environment and a .env file in the working directory
(CI_IMAGES_ENV_FILE names another). Exit codes: 0 success, 1 failure or timeout, 2 bad input,
3 credentials refused.`;
}
var alias = /^ci-images-([a-z-]+?)(\.m?js)?$/.exec(basename(process.argv[1] ?? ""))?.[1];
var args = process.argv.slice(2);
var name = alias ?? args.shift();
if (alias === void 0 && (name === void 0 || name === "--help" || name === "-h" || name === "help")) {
  (name === void 0 ? process.stderr : process.stdout).write(usage() + "\n");
  process.exitCode = name === void 0 ? 2 : 0;
} else if (alias === void 0 && (name === "--version" || name === "-V")) {
  process.stdout.write(version() + "\n");
} else if (!name || !Object.hasOwn(COMMANDS, name)) {
  const closest = name ? closestName(name, commandNames()) : void 0;
  const hint = closest ? `; did you mean ${closest}?` : "";
  process.stderr.write(
    `error: unknown command ${JSON.stringify(name)}: expected one of ${commandNames().join(", ")}${hint} (see ci-images --help)
`
  );
  process.exitCode = 2;
} else {
  process.exitCode = await runCommand(name, args);
}
