/** What prepare returns and takes: shared by the pull side (prepare.ts) and the build side (prepare-build.ts). */
import type { ImageChoice, ImageKind } from '../images.ts';
import type { GithubRegistry } from '../hosts.ts';
import type { WaitEvent } from './wait/index.ts';
import type { Writer } from '../support/writer.ts';

export interface PreparedImage {
  readonly kind: ImageKind;
  /** The local DockerHub-style name, e.g. `apache/airflow:master-python3.8-ci`. */
  readonly localImage: string;
  /** Waiting mode: the public reference pulled, and its digest. */
  readonly source?: string;
  readonly digest?: string;
}

export interface PrepareResult {
  readonly mode: 'wait' | 'build';
  readonly registry: GithubRegistry;
  readonly images: readonly PreparedImage[];
  /** Build mode: which engine and builder ran, and the cache reference (docker-side). */
  readonly buildx?: boolean;
  readonly builder?: string;
  readonly cacheRef?: string;
  /** Build mode: BuildKit's cache figures (summed over platforms), when the build ran. */
  readonly cache?: CacheFigures;
  /** Multi-platform build: the references pushed (the index), and each platform's image. */
  readonly pushed?: readonly string[];
  readonly platforms?: readonly { readonly platform: string; readonly digest?: string }[];
  /** Without buildx, PREPARE_BUILDX_CACHE=true: the cache reference(s) the built image was pushed as (inline cache). */
  readonly cacheExported?: readonly string[];
}

export interface CacheFigures {
  /** Dockerfile steps solved, and how many came from a cache. */
  readonly steps: number;
  readonly cached: number;
  /** Seconds the steps that ran took (BuildKit's figures); the whole build's wall time apart. */
  readonly seconds: number;
  readonly buildSeconds: number;
  /** The legacy builder prints no BuildKit progress: no figures. */
  readonly engine: 'buildkit' | 'legacy';
  /** One line when the cache reference could not be imported (first build of a branch). */
  readonly importProblem?: string;
}

export interface PrepareOptions {
  readonly image: ImageChoice;
  readonly python: string;
  readonly dryRun: boolean;
  readonly timeoutSeconds: number;
  readonly log: Writer;
  /** Each state change of the wait (waiting mode). */
  readonly onEvent?: (event: WaitEvent) => void;
}
