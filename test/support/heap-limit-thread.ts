import { parentPort, resourceLimits } from 'node:worker_threads';

// A thread for the start-thread test: says the heap limit it runs under, as the thread itself sees it.
parentPort?.postMessage(resourceLimits.maxOldGenerationSizeMb ?? null);
