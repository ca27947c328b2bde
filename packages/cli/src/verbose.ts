// `--verbose`: one block per attempt on stderr, from the client's hooks. The client hands over URLs and
// headers already redacted; stderr's scrubber hides anything that still looks like a secret.
import type { OutStream } from './io.js';

interface RequestEvent { attempt: number; method: string; url: string; headers: Record<string, string> }
interface ResponseEvent { attempt: number; method: string; url: string; status: number; requestId?: string; durationMs: number }
interface ErrorEvent { attempt: number; method: string; url: string; error: { name?: string; message?: string }; willRetry: boolean; delayMs?: number; durationMs: number }

/** The hooks to pass to createClient; each writes to `stderr`. */
export function verboseHooks(stderr: OutStream) {
  const write = (lines: string[]) => void stderr.write(`${lines.join('\n')}\n`);
  return {
    onRequest(e: RequestEvent) {
      write([
        `> ${e.method} ${e.url}  (attempt ${e.attempt})`,
        ...Object.entries(e.headers).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `>   ${k}: ${v}`),
      ]);
    },
    onResponse(e: ResponseEvent) {
      write([`< HTTP ${e.status}  ${e.durationMs} ms${e.requestId ? `  RequestId ${e.requestId}` : ''}  (attempt ${e.attempt})`]);
    },
    onError(e: ErrorEvent) {
      const next = e.willRetry ? `retrying${e.delayMs !== undefined ? ` in ${Math.round(e.delayMs)} ms` : ''}` : 'giving up';
      write([`! attempt ${e.attempt} failed after ${e.durationMs} ms: ${e.error.name ?? 'Error'}: ${e.error.message ?? ''}; ${next}`]);
    },
  };
}
