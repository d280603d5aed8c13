// The worker thread of ./file-times.ts: walks the folder it is given and sends back what it found.
import { parentPort, workerData } from 'node:worker_threads';
import { fileTimes, type FileTimesJob } from './file-times.ts';

parentPort!.postMessage(fileTimes(workerData as FileTimesJob));
