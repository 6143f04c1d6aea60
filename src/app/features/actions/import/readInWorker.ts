/**
 * Reads a plan file in a Web Worker (planFile.worker.ts), with progress; where workers are not available
 * it reads on the page instead.
 */
import { refusedFile } from '../../../../domain/actions/import/fileCheck';
import { readPlanFile, type PlanSheet } from './readPlanFile';

export type WorkerAnswer =
  | { readonly type: 'progress'; readonly share: number }
  | { readonly type: 'done'; readonly sheets: PlanSheet[] }
  | { readonly type: 'error'; readonly message: string; readonly refused: boolean };

/** Every sheet of `file`; `onProgress` gets the share read (0–1). Rejects with the reason a file is refused. */
export function readInWorker(file: File, onProgress: (share: number) => void): Promise<PlanSheet[]> {
  if (typeof Worker === 'undefined') return readPlanFile(file, onProgress);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./planFile.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.type === 'progress') return onProgress(answer.share);
      worker.terminate();
      if (answer.type === 'done') resolve(answer.sheets);
      else reject(answer.refused ? refusedFile(answer.message) : new Error(answer.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The file could not be read: ${event.message}`));
    };
    worker.postMessage(file);
  });
}
