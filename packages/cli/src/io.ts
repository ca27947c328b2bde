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

/** Everything a command may touch: streams, environment, the home folder and an interrupt signal. */
export interface Io {
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
