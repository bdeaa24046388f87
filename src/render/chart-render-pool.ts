/**
 * Renders charts on a small pool of worker threads: SVG (vega) and PNG (resvg) in the workers while the
 * calling thread computes; once it has nothing more to compute (callerDone), it draws PNGs too. The pool
 * has one worker per other core (at least one, at most 4), started when first needed (or by warmUp(), so
 * that vega loads while the pipeline still runs), and lets the process exit when it is idle.
 *
 * The calling thread's share: once it is done, a worker that has drawn a chart's SVG leaves the PNG to the
 * calling thread whenever that one has fewer than two PNGs to draw (caller-png-share.ts), so it is kept
 * busy and the workers draw on while it writes files. resvg is native code, with nothing to load or warm
 * up, where one more worker would first spend about 0.4 s of CPU loading vega: one report used to leave
 * its last 12 charts to one worker for 1.6 s while the calling thread waited, and `plancast start` grew a
 * second worker, which drew its first chart 1.3 s after it was asked to. After each of its PNGs the calling
 * thread collects its young generation when the process allows it (young-generation.ts), so that resvg's
 * native images do not pile up in a heap collected seldom.
 *
 * Fonts: before the first PNG of a batch, a worker of its own (ended right after, to give its memory back)
 * cuts the CJK font's chart face down to the characters of the batch's specs (font-subset.ts) and writes it
 * to the font cache (font-subset-cache.ts; a later run with the same characters skips this step), or to a
 * temporary folder removed at exit when there is no cache; every PNG whose
 * text that subset covers is drawn with it — the same bytes as with the full fonts, much faster —, any other
 * with the full font files. A batch may hold the charts of several reports (renderChartsOfReports in
 * src/report/report-files.ts), so they share the workers and the one font subset.
 *
 * Early charts: a report hands over its fan charts as soon as its main scenario is projected (startEarly), so
 * the workers draw them while the calling thread computes the rest of the report; the report's batch takes them
 * up by their spec. Their PNGs are drawn then only with a subset known already (this pool's last, or a cached
 * one cut from the same fonts that covers their text), else with the batch.
 *
 * Without a compiled worker script (running from the TypeScript sources) or with PLANCAST_CHART_WORKERS=0,
 * the same tasks run one at a time in the calling thread.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { callerPngDone, createCallerShare, openCallerShare } from './caller-png-share.js';
import { errorOf, type ChartPngFonts, type ChartTask, type ChartTaskResult, type TaskFailure } from './chart-render-tasks.js';
import { codePointsOf } from './font-subset.js';
import { findCoveringSubset, fontCacheDirectory, fontIdentity, readCachedSubset, stagingDirectory, storeSubset, subsetKey } from './font-subset-cache.js';
import { CJK_FONT_FAMILY, findCjkFontFiles } from './cjk-fonts.js';
import { collectYoungGeneration } from './young-generation.js';

export const MAXIMUM_CHART_WORKERS = 4;

export interface ChartRenderRequest {
  spec: TopLevelSpec;
  /** render a PNG as well as the SVG */
  png: boolean;
}

export interface ChartRenderOutput {
  svg: string;
  png?: Uint8Array;
  warnings: string[];
}

/** PLANCAST_CHART_WORKERS: a fixed number of workers (0: the calling thread draws), when set. */
function requestedWorkerCount(): number | undefined {
  const requested = Number(process.env.PLANCAST_CHART_WORKERS);
  return process.env.PLANCAST_CHART_WORKERS !== undefined && Number.isInteger(requested) && requested >= 0 ? Math.min(requested, 16) : undefined;
}

/**
 * Workers for this machine: one per other core (the calling thread simulates the next scenarios and regions
 * on its own, then draws PNGs), at least one, at most MAXIMUM_CHART_WORKERS; PLANCAST_CHART_WORKERS
 * overrides. On 2 cores a second worker only competed with the calling thread: one report took as long,
 * with 0.9–1.2 s more CPU and 55–63 MB more memory (measured).
 */
export function defaultWorkerCount(): number {
  return requestedWorkerCount() ?? Math.max(1, Math.min(MAXIMUM_CHART_WORKERS, availableParallelism() - 1));
}

/** The compiled worker script: beside this file when running from dist/, else the build's (from src/render/), else none. */
function workerScript(): URL | undefined {
  for (const candidate of ['./chart-render-worker.js', '../../dist/src/render/chart-render-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

interface QueuedTask {
  task: ChartTask;
  resolve: (result: ChartTaskResult) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** tasks posted to it and not answered yet, by message id */
  inFlight: Map<number, QueuedTask>;
}

interface FontSubset {
  codePoints: Set<number>;
  files: string[] | null;
  covered: Set<number>;
}

type DrawnChart = Extract<ChartTaskResult, { task: 'chart' }>;

/**
 * Charts started before the batch they belong to is known (ChartRenderPool.startEarly), by their spec's JSON
 * text; render() given them takes up those it is asked for again and draws the rest. One per batch.
 */
export class EarlyCharts {
  readonly started = new Map<string, { png: boolean; result: Promise<DrawnChart> }>();
}

export class ChartRenderPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: QueuedTask[] = [];
  private readonly script: URL | undefined;
  private readonly size: number;
  /** tasks handed out and not answered yet, by message id */
  private readonly unanswered = new Map<number, QueuedTask>();
  /** the calling thread's PNG share, opened by callerDone (caller-png-share.ts) */
  private readonly callerShare = createCallerShare();
  private pngsByCaller = 0;
  private fontDirectory: string | undefined;
  private fontSubset: Promise<FontSubset> | undefined;
  /** the last font subset settled, for charts started early */
  private settledSubset: FontSubset | undefined;
  private subsetCount = 0;
  private nextId = 1;
  private inThread: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(size: number = defaultWorkerCount()) {
    this.size = size;
    this.script = size > 0 ? workerScript() : undefined;
  }

  /**
   * The calling thread has nothing more to compute: from now on the workers leave it PNGs of the charts they
   * draw while it has fewer than two to draw (caller-png-share.ts).
   */
  callerDone(): void {
    if (this.script !== undefined && !this.closed) openCallerShare(this.callerShare);
  }

  /** How many worker threads the pool runs (0: tasks run in the calling thread). */
  get workerCount(): number {
    return this.script === undefined ? 0 : this.size;
  }

  /** How many PNGs the calling thread drew for charts whose SVG a worker drew (callerDone). */
  get pngsDrawnByCaller(): number {
    return this.pngsByCaller;
  }

  /** Starts the workers and lets them load vega and resvg now, before there is anything to render. */
  warmUp(): void {
    if (this.script === undefined) return;
    while (this.workers.length < this.size) this.startWorker();
    for (const entry of this.workers) if (entry.inFlight.size === 0) this.post(entry, this.nextId++, { task: { task: 'load' }, resolve: () => {}, reject: () => {} });
  }

  /**
   * Starts drawing some charts of a batch before the batch is complete (a report's fan charts while its other
   * scenarios are still simulated), into `early`, which render() then takes up. Their PNGs are drawn now only
   * when a font subset known already (this pool's last, or a cached one of the same fonts) covers their text —
   * a subset draws what it covers as the full fonts do —, else the SVG now and the PNG with the batch.
   */
  startEarly(requests: readonly ChartRenderRequest[], early: EarlyCharts): void {
    const pending = requests.map((request) => ({ request, key: JSON.stringify(request.spec) })).filter(({ key }) => !early.started.has(key));
    const withPng = pending.filter(({ request }) => request.png);
    const fonts = withPng.length > 0 ? this.knownFontsFor(codePointsOf(withPng.map(({ key }) => key))) : undefined;
    for (const { request, key } of pending) {
      const png = request.png && fonts !== undefined;
      const result = this.run({ task: 'chart', spec: request.spec, png: png ? fonts! : null }) as Promise<DrawnChart>;
      result.catch(() => {}); // awaited by render(), or not wanted
      early.started.set(key, { png, result });
    }
  }

  /**
   * Renders every request; results in request order. The fonts for PNGs are settled first (the batch's
   * subset, from the cache or cut now); then every chart is handed to a worker at once, SVG and PNG in one
   * task, so the workers keep drawing while the calling thread computes the next report. A chart started
   * early (startEarly) with the same spec is taken up, with its PNG drawn now if it was started without.
   */
  async render(requests: readonly ChartRenderRequest[], early?: EarlyCharts): Promise<ChartRenderOutput[]> {
    const wantsPng = requests.some((request) => request.png);
    const fullFontFiles = wantsPng ? findCjkFontFiles() : [];
    // a failed subset falls back to the full fonts
    const subset = wantsPng && fullFontFiles.length > 0 ? await this.subsetFor(fullFontFiles, codePointsOf(requests.filter((request) => request.png).map((request) => JSON.stringify(request.spec)))).catch(() => undefined) : undefined;
    const fonts = { fullFontFiles, subset: subset?.files ? { files: subset.files, covered: [...subset.covered] } : null };
    return Promise.all(
      requests.map(async (request) => {
        const chart = await this.drawn(request, fonts, early?.started.get(JSON.stringify(request.spec)));
        return { svg: chart.svg, ...(request.png && chart.png !== null ? { png: chart.png } : {}), warnings: chart.warnings };
      }),
    );
  }

  private async drawn(request: ChartRenderRequest, fonts: ChartPngFonts, started: { png: boolean; result: Promise<DrawnChart> } | undefined): Promise<DrawnChart> {
    if (started === undefined) return (await this.run({ task: 'chart', spec: request.spec, png: request.png ? fonts : null })) as DrawnChart;
    const chart = await started.result;
    if (!request.png || started.png) return chart;
    const drawn = (await this.run({ task: 'png', svg: chart.svg, fonts })) as Extract<ChartTaskResult, { task: 'png' }>;
    return { ...chart, png: drawn.png };
  }

  /** Fonts for PNGs of these characters without cutting a subset: a subset known already that covers them, or undefined. */
  private knownFontsFor(codePoints: ReadonlySet<number>): ChartPngFonts | undefined {
    const fullFontFiles = findCjkFontFiles();
    if (fullFontFiles.length === 0) return undefined;
    const known = this.settledSubset;
    if (known?.files && [...codePoints].every((codePoint) => known.covered.has(codePoint))) return { fullFontFiles, subset: { files: known.files, covered: [...known.covered] } };
    const cache = fontCacheDirectory();
    const identity = cache === undefined ? undefined : fontIdentity(fullFontFiles, CJK_FONT_FAMILY);
    const cached = identity === undefined ? undefined : findCoveringSubset(cache!, identity, codePoints);
    return cached === undefined ? undefined : { fullFontFiles, subset: cached };
  }

  /** Stops the workers and removes the subset fonts. */
  async close(): Promise<void> {
    this.closed = true;
    this.unanswered.clear();
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
    if (this.fontDirectory !== undefined) rmSync(this.fontDirectory, { recursive: true, force: true });
    this.fontDirectory = undefined;
    this.fontSubset = undefined;
    this.settledSubset = undefined;
  }

  private subsetFor(fontFiles: string[], codePoints: Set<number>): Promise<FontSubset> {
    const previous = this.fontSubset;
    const next = (async (): Promise<FontSubset> => {
      const known = await previous?.catch(() => undefined);
      if (known !== undefined && [...codePoints].every((codePoint) => known.codePoints.has(codePoint))) return known;
      const wanted = new Set([...(known?.codePoints ?? []), ...codePoints]);
      const cache = fontCacheDirectory();
      const key = cache === undefined ? undefined : subsetKey(fontFiles, CJK_FONT_FAMILY, wanted);
      const cached = cache !== undefined && key !== undefined ? readCachedSubset(cache, key) : undefined;
      if (cached !== undefined) return { codePoints: wanted, files: cached.files, covered: new Set(cached.covered) };
      const staging = cache !== undefined && key !== undefined ? stagingDirectory(cache) : undefined;
      const directory = staging ?? (this.fontDirectory ??= temporaryFontDirectory());
      let keepStaging = false;
      try {
        const result = (await this.runAlone({ task: 'fonts', fontFiles, family: CJK_FONT_FAMILY, codePoints: [...wanted], directory, prefix: `subset-${++this.subsetCount}` })) as Extract<ChartTaskResult, { task: 'fonts' }>;
        const stored = staging !== undefined && result.files !== null ? storeSubset(cache!, key!, result.files, result.covered, fontIdentity(fontFiles, CJK_FONT_FAMILY)) : undefined;
        // not stored (a full or read-only cache): the staged files serve this process and go at its exit
        if (staging !== undefined && stored === undefined && result.files !== null) keepStaging = true;
        return { codePoints: wanted, files: stored ?? result.files, covered: new Set(result.covered) };
      } finally {
        if (staging !== undefined && !keepStaging) rmSync(staging, { recursive: true, force: true });
        if (staging !== undefined && keepStaging) removeAtExit(staging);
      }
    })();
    this.fontSubset = next;
    next.then((settled) => { if (this.fontSubset === next) this.settledSubset = settled; }, () => {});
    return next;
  }

  /**
   * Runs one task on a worker of its own that ends with it: subsetting copies the 20 MB font collections
   * into HarfBuzz's WebAssembly memory, which only the end of the thread gives back at once.
   */
  private runAlone(task: ChartTask): Promise<ChartTaskResult> {
    if (this.script === undefined) return this.run(task);
    const worker = new Worker(this.script);
    return new Promise<ChartTaskResult>((resolve, reject) => {
      worker.once('message', (message: { ok: boolean; result?: ChartTaskResult; failure?: TaskFailure }) => {
        if (message.ok) resolve(message.result!);
        else reject(errorOf(message.failure!, task.task));
      });
      worker.once('error', (error) => reject(errorOf({ code: null, message: error.message, remedy: null, exitCode: null }, task.task)));
      worker.postMessage({ id: 0, task });
    }).finally(() => void worker.terminate());
  }

  private run(task: ChartTask): Promise<ChartTaskResult> {
    if (this.closed) return Promise.reject(new Error('the chart render pool is closed'));
    if (this.script === undefined) return this.runHere(task);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /** Runs a task in the calling thread, after the ones it runs already; a PNG's native memory is given back after it. */
  private runHere(task: ChartTask): Promise<ChartTaskResult> {
    const result = this.inThread.then(async () => {
      const { nextTurnOfEventLoop, runChartTask } = await import('./chart-render-tasks.js');
      await nextTurnOfEventLoop();
      const done = await runChartTask(task);
      if (task.task === 'png') collectYoungGeneration();
      return done;
    });
    this.inThread = result.then(() => undefined, () => undefined);
    return result;
  }

  /** Hands queued tasks to the workers at once, each to the one with the fewest outstanding (they run them in order). */
  private dispatch(): void {
    while (this.workers.length < this.size && this.queue.length > 0) this.startWorker();
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
      const entry = this.workers.reduce((least, candidate) => (candidate.inFlight.size < least.inFlight.size ? candidate : least));
      const id = this.nextId++;
      this.unanswered.set(id, next);
      this.post(entry, id, next);
    }
  }

  private post(entry: PoolWorker, id: number, queued: QueuedTask): void {
    entry.inFlight.set(id, queued);
    // loading ahead (warmUp) does not keep the process alive: a command that stops early exits at once
    if (queued.task.task !== 'load') entry.worker.ref();
    entry.worker.postMessage({ id, task: queued.task, callerShare: this.callerShare });
  }

  /** A task's answer; a chart the worker drew as SVG only (its PNG left to the caller) gets its PNG here first. */
  private answered(entry: PoolWorker, message: { id: number; ok: boolean; result?: ChartTaskResult; failure?: TaskFailure }): void {
    const done = entry.inFlight.get(message.id);
    entry.inFlight.delete(message.id);
    if (entry.inFlight.size === 0) entry.worker.unref();
    if (done === undefined) return;
    this.unanswered.delete(message.id);
    if (!message.ok) return done.reject(errorOf(message.failure!, done.task.task));
    const result = message.result!;
    if (result.task !== 'chart' || result.png !== null || done.task.task !== 'chart' || done.task.png === null) return done.resolve(result);
    this.pngsByCaller++;
    this.runHere({ task: 'png', svg: result.svg, fonts: done.task.png }).finally(() => callerPngDone(this.callerShare)).then(
      (drawn) => done.resolve({ ...result, png: (drawn as Extract<ChartTaskResult, { task: 'png' }>).png }),
      (error: unknown) => done.reject(error instanceof Error ? error : new Error(String(error))),
    );
  }

  private startWorker(): PoolWorker {
    // A small young generation, and an old generation capped far above what a chart keeps alive (a few MB
    // beside the 30 MB of loaded vega): vega's garbage is collected sooner, which keeps the process's peak
    // memory down (measured: 60 MB less for two workers drawing 44 charts, for about 5 % more of their CPU).
    const worker = new Worker(this.script!, { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 } });
    const entry: PoolWorker = { worker, inFlight: new Map() };
    worker.on('message', (message: { id: number; ok: boolean; result?: ChartTaskResult; failure?: TaskFailure }) => this.answered(entry, message));
    worker.on('error', (error) => {
      // The worker died: the tasks it held fail; a new worker takes later ones.
      this.workers.splice(this.workers.indexOf(entry), 1);
      for (const [id, done] of entry.inFlight) {
        this.unanswered.delete(id);
        done.reject(errorOf({ code: null, message: error.message, remedy: null, exitCode: null }, done.task.task));
      }
      entry.inFlight.clear();
    });
    worker.unref();
    this.workers.push(entry);
    return entry;
  }
}

const temporaryFolders = new Set<string>();

/** Removes a folder when the process exits. */
function removeAtExit(directory: string): void {
  if (temporaryFolders.size === 0) process.once('exit', () => temporaryFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  temporaryFolders.add(directory);
}

function temporaryFontDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'plancast-fonts-'));
  removeAtExit(directory);
  return directory;
}

let shared: ChartRenderPool | undefined;

/** The process's pool, started on first use; idle workers do not keep the process alive. */
export function sharedChartRenderPool(): ChartRenderPool {
  shared ??= new ChartRenderPool(defaultWorkerCount());
  return shared;
}
