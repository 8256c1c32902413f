import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  loginToRegistry
} from "./chunk-M2T5RP7L.mjs";
import {
  DockerCommandError,
  IMAGE_CHOICES,
  githubImage,
  localImage,
  neutralize
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  ConfigError,
  appendSummary,
  dockerReference,
  dockerRegistryHost,
  hostProfile,
  markdownTable,
  summaryCode,
  summaryText
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/verify.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var VerifyFailedError = class extends CiImagesError {
  constructor(message) {
    super(message);
    this.name = "VerifyFailedError";
  }
};
var PROVIDER_PACKAGE = "apache-airflow-providers-";
var PROVIDER = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
var MODULE = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
var PIP_CHECK = { name: "pip check", command: "pip check" };
async function verifyImage(config, docker, options) {
  const { image, python, dryRun, log } = options;
  const planned = image === "ci" ? [PIP_CHECK] : prodChecks(config);
  const local = localImage(config, image, python);
  const pull = config.useGithubRegistry ? await pullImage(config, docker, options, local) : void 0;
  if (!dryRun && !await docker.imageExists(local)) {
    const why = pull && !pull.pulled ? ` (the pull of ${pull.source} failed)` : "";
    throw new CiImagesError(
      `${local} is not in the local docker${why}: nothing to verify; prepare it first (prepare-ci-image${image === "prod" ? " --image prod" : ""})`
    );
  }
  const checks = [];
  for (const check of planned) checks.push("status" in check ? check : await runCheck(docker, local, check, dryRun, log));
  return { image, python, localImage: local, pull, checks, failed: checks.filter((c) => c.status === "failed").map((c) => c.name) };
}
async function pullImage(config, docker, options, local) {
  const registry = config.githubRegistry;
  const source = githubImage(config, registry, options.image, options.python, config.pullImageTag);
  const pulled = dockerReference(config, source);
  await loginToRegistry(docker, config, registry, options.log);
  try {
    await docker.pull(pulled);
    await docker.tag(pulled, local);
    return { source, pulled: true };
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const why = lastLine(error.stderr) || `exit code ${error.status}`;
    if (config.failOnGithubDockerPullError) {
      throw new CiImagesError(
        `docker ${error.argv.join(" ")} failed (FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true): ${why}; if the image needs credentials, set ${hostProfile(registry).tokenVariable} or run docker login ${dockerRegistryHost(config, registry)}`
      );
    }
    options.log(`Could not pull ${source}: ${why}; verifying the local ${local} (FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true would stop here)`);
    return { source, pulled: false, error: why };
  }
}
async function runCheck(docker, image, check, dryRun, log) {
  const out = await docker.runInImage(image, "/bin/bash", ["-c", check.command], { env: check.env });
  const base = { name: check.name, command: check.command };
  if (dryRun) return { ...base, status: "planned" };
  showOutput(`${out.stdout}
${out.stderr}`, log);
  if (!out.ok) {
    const tail = lastLine(`${out.stdout}
${out.stderr}`);
    return { ...base, status: "failed", exitCode: out.status, reason: `exit code ${out.status}${tail ? `: ${tail}` : ""}` };
  }
  const problem = check.judge?.(out.stdout);
  return problem ? { ...base, status: "failed", exitCode: 0, ...problem } : { ...base, status: "passed", exitCode: 0 };
}
function prodChecks(config) {
  const checks = [
    { name: "airflow version", command: "airflow version", judge: startsWith("2.") },
    { name: "python version", command: "python --version", judge: startsWith("Python 3.") }
  ];
  const providers = readList(config.verifyProvidersFile, "VERIFY_PROVIDERS_FILE", PROVIDER, "a provider such as amazon or apache.hive");
  if (providers) {
    const expected = providers.map((p) => p.startsWith(PROVIDER_PACKAGE) ? p : PROVIDER_PACKAGE + p.replace(/\./g, "-"));
    checks.push({
      name: "providers",
      command: "airflow providers list --output table",
      env: { COLUMNS: "180" },
      judge: (stdout) => {
        const missing = expected.filter((name) => !listed(stdout, name));
        return missing.length ? { reason: `not installed: ${missing.join(", ")}`, missing } : void 0;
      }
    });
  } else {
    checks.push(skipped("providers", "VERIFY_PROVIDERS_FILE", config.verifyProvidersFile));
  }
  const imports = readList(config.verifyImportsFile, "VERIFY_IMPORTS_FILE", void 0, "a python module, or modules separated by commas");
  if (imports) {
    for (const modules of imports) checks.push({ name: `import ${modules}`, command: `python -c 'import ${modules}'` });
  } else {
    checks.push(skipped("imports", "VERIFY_IMPORTS_FILE", config.verifyImportsFile));
  }
  checks.push(PIP_CHECK);
  return checks;
}
function skipped(name, variable, path) {
  return { name, status: "skipped", reason: `${variable}: ${path} does not exist; not checked` };
}
function startsWith(prefix) {
  return (stdout) => {
    const first = stdout.trim().split("\n")[0]?.trim() ?? "";
    return first.startsWith(prefix) ? void 0 : { reason: `printed ${JSON.stringify(first.slice(0, 80))}, expected ${prefix}…` };
  };
}
function listed(output, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^A-Za-z0-9_.-])${escaped}(?:[^A-Za-z0-9_.-]|$)`, "m").test(output);
}
function readList(path, variable, entry, accepted) {
  let text;
  try {
    text = readFileSync(resolve(path), "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    throw ConfigError.invalid(variable, path, `the file ${path} cannot be read (${code === "EISDIR" ? "a directory" : code ?? "error"})`);
  }
  const entries = [];
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const value = entry ? line : line.split(",").map((m) => m.trim()).join(", ");
    const ok = entry ? entry.test(value) : value.split(", ").every((m) => MODULE.test(m));
    if (!ok)
      throw new ConfigError(
        variable,
        `${variable}: ${path} line ${index + 1}, ${JSON.stringify(line.slice(0, 80))}, is not valid: expected ${accepted}`
      );
    entries.push(value);
  }
  return entries;
}
var MAX_OUTPUT_LINES = 500;
function showOutput(text, log) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  for (const line of lines.slice(0, MAX_OUTPUT_LINES)) log(`  ${neutralize(line.trimEnd(), 1e3)}`);
  if (lines.length > MAX_OUTPUT_LINES) log(`  … ${lines.length - MAX_OUTPUT_LINES} more lines`);
}
function lastLine(text) {
  return neutralize(
    text.split(/[\r\n]+/).map((l) => l.trim()).filter(Boolean).pop() ?? "",
    200
  );
}

// lib/report/verify.ts
var PIP_CHECK_HELP = "pip check found conflicting dependencies: find the requirement that conflicts (pip check names it), relax or pin it in setup.py (or add the missing one), rebuild the image (UPGRADE_TO_NEWER_DEPENDENCIES=true takes the newest versions that fit) and run pip check in it again";
var MARK = { passed: "ok", failed: "FAILED", skipped: "skipped", planned: "would run" };
function checkLine(check) {
  return `${check.name}: ${MARK[check.status]}${check.reason ? ` (${check.reason})` : ""}`;
}
function verifySummary(result, dryRun) {
  const title = `${dryRun ? "Verify plan" : result.failed.length ? "Verify failed" : "Verified"}: ${summaryCode(result.localImage)}`;
  const rows = result.checks.map((c) => [
    summaryText(c.name),
    c.command ? summaryCode(c.command) : "–",
    MARK[c.status],
    summaryText(c.reason ?? "", 200) || "–"
  ]);
  return `### ${title}

${markdownTable(["check", "command", "result", "detail"], rows)}`;
}
function reportVerify(session, result) {
  const { config, dryRun } = session;
  const label = IMAGE_CHOICES[result.image].label;
  if (!dryRun) appendSummary(config, verifySummary(result, dryRun));
  session.result({ dryRun, ...result });
  const pipFailed = result.failed.includes("pip check");
  const ran = result.checks.filter((c) => c.status !== "skipped").length;
  if (!session.json) {
    result.checks.forEach((c) => session.out(checkLine(c)));
    if (pipFailed) session.out(PIP_CHECK_HELP);
    if (dryRun) session.out(`Would verify the ${label} image ${result.localImage}: ${ran} check(s)`);
    else if (!result.failed.length) session.out(`Verified the ${label} image ${result.localImage}: ${ran} check(s) passed`);
  } else if (pipFailed) {
    session.log(PIP_CHECK_HELP);
  }
  if (result.failed.length === 0) return 0;
  throw new VerifyFailedError(
    `${result.failed.length} of ${ran} check(s) failed in the ${label} image ${result.localImage}: ${result.failed.join(", ")}`
  );
}

export {
  verifyImage,
  reportVerify
};
