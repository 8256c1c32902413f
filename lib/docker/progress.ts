/**
 * BuildKit's plain progress (`--progress=plain`, from `docker buildx build` and from the classic
 * `DOCKER_BUILDKIT=1 docker build`) read back into cache figures. Pure: text in, numbers out.
 *
 * Every line of a vertex starts with `#<id> `; the first is its name (`[main 2/3] COPY …`,
 * `[internal] load …`, `importing cache manifest from <ref>`), the last its fate: `CACHED`,
 * `DONE 0.1s` or `ERROR: …`. The Dockerfile instructions are the vertices named `[stage i/n]`
 * or `[i/n]` (buildx prefixes the platform in multi-platform builds); those are the steps counted.
 * A multi-platform build counts each platform's steps.
 */

export interface CacheImport {
  /** The cache reference, as BuildKit names it (`ghcr.io/…:cache`, `gha:…`). */
  readonly ref: string;
  /** BuildKit's error, when importing failed (a missing or unreadable cache). */
  readonly error?: string;
}

export interface BuildProgress {
  /** Dockerfile instructions BuildKit solved (`[stage i/n]` vertices). */
  readonly steps: number;
  /** Of those, reused from a cache (`#n CACHED`). */
  readonly cached: number;
  /** Of those, executed (`#n DONE`). */
  readonly run: number;
  /** Time the executed steps took, by BuildKit's own `DONE <s>s` figures (cached steps take none). */
  readonly seconds: number;
  /** Every `importing cache manifest from …` vertex, with its error when it failed. */
  readonly cacheImports: readonly CacheImport[];
}

interface Vertex {
  name: string;
  status?: 'cached' | 'done' | 'error' | 'canceled';
  seconds: number;
  error?: string;
}

const LINE = /^#(\d+) (.*)$/;
/** `[2/3]`, `[main 2/3]`, and buildx's multi-platform `[linux/arm64 main 2/3]`. */
const STEP = /^\[(?:[^\]]+ )?\d+\/\d+\]/;
const IMPORT = /^importing cache manifest from (\S+)/;
/** Control characters BuildKit passes through from a step's output; never let them reach a log line. */
const CONTROL = /[\u0000-\u001f\u007f]/g;

export function parseBuildProgress(output: string): BuildProgress {
  const vertices = new Map<number, Vertex>();
  for (const raw of output.split('\n')) {
    const match = LINE.exec(raw.replace(/\r$/, ''));
    if (!match) continue;
    const id = Number(match[1]);
    const text = match[2];
    const vertex = vertices.get(id);
    if (!vertex) {
      vertices.set(id, { name: text.trim(), seconds: 0 });
      continue;
    }
    if (text === 'CACHED') vertex.status = 'cached';
    else if (text === 'CANCELED') vertex.status = 'canceled';
    else if (/^DONE \d+(?:\.\d+)?s$/.test(text)) {
      vertex.status = vertex.status === 'cached' ? 'cached' : 'done';
      vertex.seconds = Number(text.slice(5, -1));
    } else if (text.startsWith('ERROR')) {
      vertex.status = 'error';
      vertex.error =
        text
          .replace(/^ERROR:?\s*(?:\d+(?:\.\d+)?s\s*)?/, '')
          .replace(CONTROL, '')
          .slice(0, 300) || undefined;
    }
  }
  let steps = 0;
  let cached = 0;
  let run = 0;
  let seconds = 0;
  const cacheImports: CacheImport[] = [];
  for (const vertex of vertices.values()) {
    if (STEP.test(vertex.name)) {
      steps++;
      if (vertex.status === 'cached') cached++;
      if (vertex.status === 'done') {
        run++;
        seconds += vertex.seconds;
      }
      continue;
    }
    const imported = IMPORT.exec(vertex.name);
    if (imported) {
      const ref = imported[1].replace(CONTROL, '');
      // BuildKit 0.8 says `<ref>: not found`, buildx 0.13 `failed to configure registry cache importer:
      // <ref>: not found`: the ref is in the line already, and what follows it is the reason.
      const text = vertex.error ?? 'failed';
      const at = text.lastIndexOf(`${ref}: `);
      const error = vertex.status === 'error' ? (at >= 0 ? text.slice(at + ref.length + 2) : text) : undefined;
      cacheImports.push(error ? { ref, error } : { ref });
    }
  }
  return { steps, cached, run, seconds: Math.round(seconds * 10) / 10, cacheImports };
}

/** One line when a cache could not be imported (first build of a branch), else undefined. */
export function cacheImportProblem(progress: Pick<BuildProgress, 'cacheImports'>): string | undefined {
  const failed = progress.cacheImports.filter((c) => c.error);
  if (failed.length === 0) return undefined;
  return failed.map((c) => `cache ${c.ref} not imported (${c.error}): building without it`).join('; ');
}
