// The CLI talks to the world only through this interface, so commands can be run in-process by tests with
// fake terminals and the binary can be driven as a subprocess with real ones.

/** One output stream of the CLI. */
export interface OutStream {
  /** Writes text; resolves once the stream can take more (backpressure for large ndjson streams). */
  write(text: string): Promise<void>;
  /** Whether the stream is a terminal (decides the default output format and the progress line). */
  readonly isTTY: boolean;
  /** The terminal width when known (0 or undefined otherwise). */
  readonly columns?: number | undefined;
}

/** The input stream: only read to answer a confirmation prompt. */
export interface InStream {
  /** Whether it is a terminal (a person can answer). */
  readonly isTTY: boolean;
  /** The next line typed, without its newline; undefined at the end of input or once `signal` aborts. */
  readLine(signal?: AbortSignal): Promise<string | undefined>;
}

/** Everything a command may touch: streams, environment, the home folder and an interrupt signal. */
export interface Io {
  /** Absent: no one can answer a prompt (as when stdin is not a terminal). */
  readonly stdin?: InStream | undefined;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder holding `.aliyun/config.json`; `HOME` in the binary so tests can point it at a temp dir. */
  readonly homeDir: string;
  /** Aborted when the user presses Ctrl-C. */
  readonly signal?: AbortSignal | undefined;
}

/** Wraps a Node writable (process.stdout/stderr) as an {@link OutStream} that respects backpressure. */
export function nodeOutStream(stream: NodeJS.WriteStream): OutStream {
  return {
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined;
    },
    write(text: string) {
      if (text === '') return Promise.resolve();
      return new Promise<void>((resolve) => {
        if (stream.write(text)) resolve();
        else stream.once('drain', () => resolve());
      });
    },
  };
}

/** Wraps an {@link OutStream} so that every write passes through `filter` (used to scrub secrets). */
export function filteredStream(inner: OutStream, filter: (text: string) => string): OutStream {
  return {
    get isTTY() {
      return inner.isTTY;
    },
    get columns() {
      return inner.columns;
    },
    write: (text) => inner.write(filter(text)),
  };
}

/** Wraps process.stdin as an {@link InStream}; reads nothing (and holds nothing open) until asked for a line. */
export function nodeInStream(stream: NodeJS.ReadStream): InStream {
  return {
    get isTTY() {
      return stream.isTTY === true;
    },
    async readLine(signal) {
      if (signal?.aborted) return undefined;
      const { createInterface } = await import('node:readline');
      // terminal: false leaves the terminal in cooked mode, so Ctrl-C stays a SIGINT (the binary's abort).
      const lines = createInterface({ input: stream, terminal: false });
      try {
        return await new Promise<string | undefined>((resolve) => {
          lines.once('line', resolve);
          lines.once('close', () => resolve(undefined));
          signal?.addEventListener('abort', () => resolve(undefined), { once: true });
        });
      } finally {
        lines.close();
        stream.pause();
      }
    },
  };
}
