// The CLI as a function, for embedding and in-process tests. Nothing else imports this package.
export { run } from './main.js';
export type { InStream, Io, OutStream } from './io.js';
export { EXIT } from './exit.js';
