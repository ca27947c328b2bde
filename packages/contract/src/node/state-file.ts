// The `--state FILE` of the Node server: the emulator's saved state (state-snapshot.ts) read once at start
// and rewritten after every change, atomically (a temporary file in the same folder, flushed, then renamed
// over the old one), so a crash leaves either the old state or the new one, never half of one. A file that
// cannot be read or is not a saved state stops the start with an error naming it, and is not touched.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EmulatorStateSnapshot } from '../state-snapshot.js';

/**
 * The state file cannot be used: the message names the file and why. A `TypeError`, as every bad start option
 * of the emulator is, so callers that refuse bad options (the CLI's `--emulator-state`) refuse it alike.
 */
export class StateFileError extends TypeError {
  override name = 'StateFileError';
}

/** The saved state in `file`, as parsed JSON (checked by the emulator); undefined when the file does not exist yet. */
export function readStateFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new StateFileError(`state file ${file} cannot be read (${code ?? (e as Error).message}); it was left untouched`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new StateFileError(`state file ${file} is not valid JSON (${(e as Error).message.split('\n')[0]}); it was left untouched: fix it, or remove it to start afresh`);
  }
}

let serial = 0;

/** Writes `snapshot` to `file` atomically: a flushed temporary file in the same folder, renamed over it. */
export function writeStateFile(file: string, snapshot: EmulatorStateSnapshot): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${++serial}.tmp`);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(snapshot, null, 1)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
