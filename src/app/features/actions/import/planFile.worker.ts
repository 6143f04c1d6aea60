/**
 * The import's file reading, off the page's thread: a 5 MB file is parsed here while the tab keeps
 * answering clicks, telling the page how far it has got.
 */
import { isHubError } from '../../../../domain/errors';
import { readPlanFile } from './readPlanFile';
import type { WorkerAnswer } from './readInWorker';

const post = (answer: WorkerAnswer) => (self as unknown as { postMessage: (a: WorkerAnswer) => void }).postMessage(answer);

self.onmessage = async (event: MessageEvent<File>) => {
  try {
    const sheets = await readPlanFile(event.data, (share) => post({ type: 'progress', share }));
    post({ type: 'done', sheets });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), refused: isHubError(error, 'validation') });
  }
};
