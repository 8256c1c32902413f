/**
 * 3. One existence check with token auth (a registry in token mode, like ghcr.io): our client cold
 * (a new client: challenge, token, HEAD), warm (same client, token cached), and in a fresh process
 * (the child bundled like dist/, run with plain node; through tsx too); `node -e 0` as the floor;
 * against `skopeo inspect --raw` (credentials in an --authfile) and the token dance done with curl
 * (credentials and bearer token on stdin, never argv). Requests counted by a proxy in front of the
 * registry plus the token server's log.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeTestImage, pushSampleImage } from '../testing/sample-image.ts';
import { RegistryClient, MANIFEST_ACCEPT } from '../lib/registry/client.ts';
import { parseReference } from '../lib/oci/reference.ts';
import { parseChallenge } from '../lib/registry/auth.ts';
import { startCountingProxy } from './counting-proxy.ts';
import { benchMode, cleanEnv, ourBuild, ROOT, run, runOk, Stack, startBenchRegistry, tempDir, writeAuthFile } from './common.ts';
import { fmtMedianCI, fmtMs, fmtNum, fmtRatio, fmtRatioCI, median, p10, p90, ratioCI, verdict, type Table } from './stats.ts';
import type { Section } from './section.ts';

const USER = 'ci-bot';
const PASSWORD = 'ghcr-BENCH-check-token-0c4';
const PUSHER = 'bench-pusher';
const PUSHER_PASSWORD = 'bench-pusher-pw-c11';

interface Sample {
  ms: number;
  requests: number;
  tls: number;
}

export const check: Section = {
  name: 'check',
  title: '3. One existence check (HEAD/GET manifest) against a token-auth registry',
  async run({ quick, progress, summary }) {
    const runs = quick ? 5 : 30;
    const build = await ourBuild();
    const stack = new Stack();
    try {
      const registry = await startBenchRegistry('token', { [USER]: PASSWORD, [PUSHER]: PUSHER_PASSWORD });
      stack.defer(() => registry.stop());
      const proxy = await startCountingProxy(registry.url);
      stack.defer(() => proxy.stop());
      const repository = 'apache/airflow-master-python3.8-ci-v2';
      const pusher = new RegistryClient({ credentials: () => ({ username: PUSHER, password: PUSHER_PASSWORD }) });
      await pushSampleImage(pusher, makeTestImage({ layers: 2 }), parseReference(`${registry.host}/${repository}:bench`));
      const refText = `${proxy.host}/${repository}:bench`;
      const ref = parseReference(refText);
      const manifestUrl = `${proxy.url}/v2/${repository}/manifests/bench`;
      const authFile = writeAuthFile(tempDir('auth'), proxy.host, USER, PASSWORD);
      const tokens = () => registry.tokenServer!.requests.filter((r) => r.user === USER || r.user === undefined).length;

      /** Times `body` and counts what it sent through the proxy and to the token service. */
      const measure = async (body: () => Promise<boolean>): Promise<Sample> => {
        proxy.reset();
        const before = tokens();
        const started = performance.now();
        const found = await body();
        const ms = performance.now() - started;
        if (!found) throw new Error('existence check: the image was not found');
        return { ms, requests: proxy.log.length + tokens() - before, tls: proxy.nonHttp };
      };
      const credentials = () => ({ username: USER, password: PASSWORD });
      const curlHead = async (config: string) => {
        const r = await runOk('curl', ['--silent', '--head', '--output', '/dev/null', '--dump-header', '-', '-K', '-'], { input: config });
        return r.stdout;
      };
      const token = async (challengeHeaders: string | undefined): Promise<string> => {
        let realm: string;
        let service: string;
        if (challengeHeaders) {
          const line = /^www-authenticate:\s*(.*)$/im.exec(challengeHeaders)?.[1];
          const challenge = parseChallenge(line ?? null);
          if (!challenge?.params.realm) throw new Error(`curl: no Bearer challenge in\n${challengeHeaders}`);
          realm = challenge.params.realm;
          service = challenge.params.service ?? '';
        } else {
          realm = registry.tokenServer!.realm;
          service = 'ci-images-bench';
        }
        const url = `${realm}?service=${encodeURIComponent(service)}&scope=${encodeURIComponent(`repository:${repository}:pull`)}`;
        const r = await runOk('curl', ['--silent', '--fail', '-K', '-'], { input: `url = "${url}"\nuser = "${USER}:${PASSWORD}"\n` });
        return (JSON.parse(r.stdout) as { token: string }).token;
      };
      const bearerHead = async (bearer: string) => {
        const headers = await curlHead(
          `url = "${manifestUrl}"\nheader = "Authorization: Bearer ${bearer}"\nheader = "Accept: ${MANIFEST_ACCEPT}"\n`,
        );
        return /^HTTP\/[\d.]+ 200/m.test(headers);
      };

      const samples: Record<string, Sample[]> = {
        cold: [],
        warm: [],
        process: [],
        processTsx: [],
        skopeo: [],
        curl3: [],
        curl2: [],
        node: [],
      };
      const processCheckMs: number[] = [];
      const processLoadedMs: number[] = [];
      const childProcess = (tsx: boolean, record = false) =>
        measure(async () => {
          const args = tsx ? ['--import', 'tsx', join(ROOT, 'bench/check-child.ts'), refText] : [build.checkChild, refText];
          const r = await runOk(process.execPath, args, { env: cleanEnv({ BENCH_USER: USER, BENCH_PASSWORD: PASSWORD }) });
          const doc = JSON.parse(r.stdout) as { found: boolean; ms: number; loadedMs?: number };
          if (record) {
            processCheckMs.push(doc.ms);
            if (doc.loadedMs !== undefined) processLoadedMs.push(doc.loadedMs);
          }
          return doc.found;
        });
      const nodeFloor = async (): Promise<Sample> => ({
        ms: (await runOk(process.execPath, ['-e', '0'], { env: cleanEnv() })).ms,
        requests: 0,
        tls: 0,
      });
      // One untimed round: page cache, tsx's transform cache.
      await childProcess(false);
      await childProcess(true);
      await nodeFloor();
      for (let i = 0; i < runs; i++) {
        progress(`check: run ${i + 1}/${runs}`);
        const client = new RegistryClient({ credentials });
        samples.cold.push(await measure(() => client.exists(ref)));
        samples.warm.push(await measure(() => client.exists(ref)));
        samples.process.push(await childProcess(benchMode.tsx, true));
        samples.processTsx.push(await childProcess(true));
        samples.node.push(await nodeFloor());
        samples.skopeo.push(
          await measure(async () => {
            const r = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', '--authfile', authFile, `docker://${refText}`]);
            return r.code === 0;
          }),
        );
        samples.curl3.push(
          await measure(async () => {
            const challenge = await curlHead(`url = "${manifestUrl}"\nheader = "Accept: ${MANIFEST_ACCEPT}"\n`);
            return bearerHead(await token(challenge));
          }),
        );
        samples.curl2.push(await measure(async () => bearerHead(await token(undefined))));
      }
      const skopeoMs = median(samples.skopeo.map((s) => s.ms));
      const curlMs = median(samples.curl3.map((s) => s.ms));
      const ms = (list: Sample[]) => list.map((s) => s.ms);
      const nodeMs = median(ms(samples.node));
      const wholeCI = ratioCI(ms(samples.process), ms(samples.skopeo));
      const floorCI = ratioCI(ms(samples.node), ms(samples.skopeo));
      const floorNote =
        floorCI.lo > 1
          ? `: node's own start-up alone exceeds skopeo's whole check (CI above 1.00), so no Node program can meet 1.0x`
          : floorCI.ratio > 1
            ? `: node's own start-up alone is about skopeo's whole check (point above 1.00, CI holds it), so a Node program has no headroom for 1.0x`
            : `: node's start-up alone leaves ${fmtMs(skopeoMs - nodeMs)} for loading and checking`;
      summary({
        metric: `whole-process existence check, ${benchMode.tsx ? 'through tsx (--tsx)' : 'bundled entry'} vs skopeo inspect --raw`,
        target: '<= 1.0x skopeo',
        measured: `${fmtRatioCI(wholeCI)} (${fmtMs(median(ms(samples.process)))} vs ${fmtMs(skopeoMs)})`,
        verdict: verdict(wholeCI.ratio, wholeCI, 1.0, '<='),
        note: `node -e 0 alone: ${fmtMs(nodeMs)} = ${fmtRatioCI(floorCI)} skopeo${floorNote}; in our child: load ${fmtMs(median(processLoadedMs))}, check ${fmtMs(median(processCheckMs))}`,
      });
      const row = (name: string, list: Sample[]) => {
        const requests = median(list.map((s) => s.requests));
        const tls = median(list.map((s) => s.tls));
        return [
          name,
          String(list.length),
          fmtMedianCI(ms(list)),
          fmtMs(p10(ms(list))),
          fmtMs(p90(ms(list))),
          list === samples.skopeo ? '1.00x' : fmtRatioCI(ratioCI(ms(list), ms(samples.skopeo))),
          fmtRatio(median(ms(list)), curlMs),
          list === samples.node ? '-' : fmtNum(requests) + (tls ? ` (+${tls} TLS)` : ''),
        ];
      };
      return [
        {
          title: this.title,
          headers: ['client', 'runs', 'median [95% CI]', 'p10', 'p90', 'vs skopeo [bootstrap 95% CI]', 'vs curl 3-step', 'requests'],
          rows: [
            row('ours, in-process, cold (new client)', samples.cold),
            row('ours, in-process, warm (token cached)', samples.warm),
            row(
              benchMode.tsx
                ? 'ours, fresh process (--tsx: node --import tsx check-child.ts)'
                : 'ours, fresh process (node <tmp>/check-child.mjs, bundled)',
              samples.process,
            ),
            row('ours, fresh process through tsx (node --import tsx check-child.ts)', samples.processTsx),
            row('node -e 0 (floor: node start-up alone, no check)', samples.node),
            row('skopeo inspect --raw (fresh process)', samples.skopeo),
            row('curl: 401 challenge, token, HEAD (3 curls)', samples.curl3),
            row('curl: realm known, token, HEAD (2 curls)', samples.curl2),
          ],
          notes: [
            `fresh-process rows are spawn -> exit; in the child of the first fresh-process row (medians): boot and module loading up to the check ${fmtMs(median(processLoadedMs))} (performance.now() in the child), ` +
              `the check itself ${fmtMs(median(processCheckMs))} (a first request in a new process: connection, challenge, token, HEAD), the rest (spawn, and exit after the check: ${fmtMs(median(ms(samples.process)) - median(processLoadedMs) - median(processCheckMs))}) is outside the child's clock; node -e 0 alone: ${fmtMs(nodeMs)}.`,
            `the bundled child: bench/check-child.ts bundled with esbuild like dist/ (bundle, node, esm, node20, require banner); all rows interleaved per round, after one untimed warm-up.`,
            `requests: HTTP requests through the counting proxy + token requests; "TLS": skopeo first tries https on the plain-http port (--tls-verify=false), then falls back to http.`,
            `skopeo GETs the manifest (inspect --raw), ours and curl HEAD it; skopeo pings /v2/ first where we go straight to the manifest and learn the challenge from its 401.`,
          ],
        } satisfies Table,
      ];
    } finally {
      await stack.close();
    }
  },
};
