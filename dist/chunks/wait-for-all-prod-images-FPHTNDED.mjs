import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  runWaitCommand
} from "./chunk-CO3FLBFG.mjs";
import "./chunk-VEF5STBZ.mjs";
import {
  runMain
} from "./chunk-BQC4HAV3.mjs";
import "./chunk-BE3VBRP7.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/wait-for-all-prod-images.ts
await runMain(() => runWaitCommand({ image: "prod", script: "wait-for-all-prod-images.ts" }));
