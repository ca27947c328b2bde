#!/usr/bin/env node
// The `ecs-pipelines` binary: real streams (stdin only for confirmation prompts), the real environment, Ctrl-C
// as an abort signal.
import { homedir } from 'node:os';
import { nodeInStream, nodeOutStream } from './io.js';
import { run } from './main.js';

// `head` closing the pipe is the reader saying "enough", not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

const code = await run(process.argv.slice(2), {
  stdin: nodeInStream(process.stdin),
  stdout: nodeOutStream(process.stdout),
  stderr: nodeOutStream(process.stderr),
  env: process.env,
  // os.homedir() reads $HOME first on POSIX, so tests can point it at a temporary folder.
  homeDir: homedir(),
  signal: interrupt.signal,
});
// Exit explicitly: keep-alive sockets of the transport must not hold the command open after its answer.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
