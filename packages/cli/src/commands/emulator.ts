// `ecs-pipelines emulator …`: the contract package implements the command; this package only hosts it.
import { runEmulatorCommand } from '@org/ecs-pipelines-contract/node';
import type { Io } from '../io.js';

/** Runs the emulator command with `argv` (the words after `emulator`); resolves with its exit code. */
export async function runEmulator(argv: readonly string[], io: Io): Promise<number> {
  return runEmulatorCommand([...argv], io);
}
