import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);

// lib/action/optional-commands.ts
var OPTIONAL_COMMANDS = {
  "verify-ci": { script: "scripts/ci/images/verify-ci-image.ts", summary: "pull the CI image and run pip check in it", load: () => import("./verify-ci-image-RRBXNBLG.mjs") },
  "verify-prod": { script: "scripts/ci/images/verify-prod-image.ts", summary: "pull the PROD image and run its checks (versions, providers, imports, pip check)", load: () => import("./verify-prod-image-R7GWUMDW.mjs") }
};

// lib/action/commands.ts
var COMMANDS = {
  "wait-ci": {
    script: "scripts/ci/images/wait-for-all-ci-images.ts",
    summary: "wait for the CI images of every python version; output githubRegistry",
    load: () => import("./wait-for-all-ci-images-HLMCAZ5U.mjs")
  },
  "wait-prod": {
    script: "scripts/ci/images/wait-for-all-prod-images.ts",
    summary: "wait for the PROD images of every python version; output githubRegistry",
    load: () => import("./wait-for-all-prod-images-AXAXHJ43.mjs")
  },
  prepare: {
    script: "scripts/ci/images/prepare-ci-image.ts",
    summary: "pull (waiting mode) or build one image; output localImage",
    load: () => import("./prepare-ci-image-W4SYIGGT.mjs")
  },
  push: {
    script: "scripts/ci/images/push-images.ts",
    summary: "tag and push the local image; outputs imageReference, imageDigest",
    load: () => import("./push-images-GMJ6LDEA.mjs")
  },
  promote: {
    script: "scripts/ci/images/push-images.ts",
    fixedArgs: ["--promote"],
    summary: "promote FROM_TAG: re-tag in the registry as the push tag, no docker (push-images --promote)",
    load: () => import("./push-images-GMJ6LDEA.mjs")
  },
  copy: {
    script: "scripts/ci/images/push-images.ts",
    fixedArgs: ["--copy-to"],
    summary: "copy HOST: copy the push-tag image to another registry, no docker (push-images --copy-to)",
    load: () => import("./push-images-GMJ6LDEA.mjs")
  },
  prune: {
    script: "scripts/ci/images/prune-images.ts",
    summary: "plan (default) or perform (--yes) retention of old run-id/sha tags",
    load: () => import("./prune-images-3BVTPZ2B.mjs")
  },
  pull: {
    script: "scripts/ci/images/pull-image.ts",
    summary: "pull --run-id N: a CI run's image from whichever GitHub registry holds it, tagged locally; output localImage",
    load: () => import("./pull-image-Z5PITFHX.mjs")
  },
  "merge-platforms": {
    script: "scripts/ci/images/merge-platforms.ts",
    summary: "one multi-platform index from images pushed by digest on several runners (digests in args); outputs imageReference, imageDigest",
    load: () => import("./merge-platforms-XV5FPEBW.mjs")
  },
  ...OPTIONAL_COMMANDS
};
function commandNames() {
  return Object.keys(COMMANDS);
}
async function runCommand(name, args) {
  const command = COMMANDS[name];
  if (!command) throw new Error(`unknown command ${name}`);
  const help = args.includes("--help") || args.includes("-h");
  process.argv = [process.argv[0] ?? process.execPath, command.script, ...help ? [] : command.fixedArgs ?? [], ...args];
  await command.load();
  const code = process.exitCode;
  return typeof code === "number" ? code : Number(code ?? 0) || 0;
}

export {
  COMMANDS,
  commandNames,
  runCommand
};
