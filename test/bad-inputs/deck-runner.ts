/**
 * Runs deck jobs in a worker thread with a time limit. A job that does not answer in time gets
 * its worker terminated (a fresh one serves the next job): the test reports a hang instead of
 * hanging itself. The worker loads TypeScript through tsx, like the CLI does.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeckJob, DeckOutcome } from './deck-worker';

export type RunResult = DeckOutcome | { readonly kind: 'timeout'; readonly ms: number } | { readonly kind: 'crashed'; readonly error: string };

const tsxCjs = createRequire(import.meta.url).resolve('tsx/cjs');
const workerFile = fileURLToPath(new URL('./deck-worker.ts', import.meta.url));

export class DeckRunner {
  private worker: Worker | null = null;

  private start(): Worker {
    this.worker ??= new Worker(`require(${JSON.stringify(tsxCjs)}); require(${JSON.stringify(workerFile)});`, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    return this.worker;
  }

  run(job: DeckJob, timeoutMs: number): Promise<RunResult> {
    const worker = this.start();
    return new Promise<RunResult>((resolve) => {
      const finish = (result: RunResult, stop: boolean): void => {
        clearTimeout(timer);
        worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
        if (stop) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(result);
      };
      const timer = setTimeout(() => finish({ kind: 'timeout', ms: timeoutMs }, true), timeoutMs);
      worker.once('message', (outcome: DeckOutcome) => finish(outcome, false));
      worker.once('error', (error) => finish({ kind: 'crashed', error: String(error) }, true));
      worker.once('exit', (code) => finish({ kind: 'crashed', error: `the worker exited with code ${code}` }, true));
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
