import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Moves WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the COMMIT
 * that crosses the threshold: it copies the WAL's pages into the database file and fsyncs it,
 * and every request waits meanwhile (measured: ~80 µs of each issued ticket's time when tickets
 * go to many days, against ~20 µs for the commit itself). Here a worker thread with its own
 * connection checkpoints every `everyMs` (PASSIVE: never blocks the writer or the readers), and
 * the request connection keeps an automatic checkpoint only as a safety net (below).
 */
export function checkpointInBackground(file: string, everyMs = 100): { stop(): void } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // Set by the worker once its connection is closed (or was never opened).
  const closed = new Int32Array(new SharedArrayBuffer(4));
  // Plain CommonJS evaluated in the worker: no TypeScript loader needed there.
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    let db = null;
    try {
      db = new Database(workerData.file, { fileMustExist: true });
      db.pragma('busy_timeout = 1000');
    } catch {
      // Gone already (closed at once): nothing to checkpoint.
    }
    const timer = setInterval(() => {
      try {
        db?.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // Busy or locked: the next round tries again; the safety net stays in place.
      }
    }, workerData.everyMs);
    parentPort.on('message', () => {
      clearInterval(timer);
      db?.close();
      Atomics.store(workerData.closed, 0, 1);
      Atomics.notify(workerData.closed, 0);
      parentPort.close();
    });
    `,
    { eval: true, workerData: { driver, file, everyMs, closed } },
  );
  worker.unref();
  // A failing worker must not take the server down: the safety net checkpoints instead.
  worker.on('error', (error) => console.error(JSON.stringify({ level: 'warn', event: 'checkpointer_failed', error: String(error) })));
  let stopped = false;
  return {
    // Waits (briefly) until the worker's connection is closed, so the request connection is the
    // last one and its close tidies the WAL away before anyone removes the file.
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
      Atomics.wait(closed, 0, 0, 2_000);
    },
  };
}

/**
 * Pages of WAL (4 KiB each) after which the request connection checkpoints by itself. Under a
 * steady stream of writes the worker's checkpoints never quite catch up with the last commit, so
 * the WAL only starts over from here: by then nearly all of it is copied, and the request
 * connection's checkpoint has little left to do. Keeps the WAL file at most ~16 MB.
 */
export const safetyNetPages = 4_000;
