// The files a command line names, read before the request is built: `--file` (the request as JSON, in wire
// spelling: nested `{"ImageOptions": {"ImageTags": [{"Key": "k"}]}}` or flattened `"ImageOptions.ImageTags.1.Key"`
// keys, as --verbose shows them) and each `--<flag>-file` (long text such as a build template). A file that
// cannot be read or parsed is a usage problem under its flag: exit 2, nothing sent.
import { readFile } from 'node:fs/promises';
import { fromWireParams, type OperationSpec } from '@org/ecs-pipelines-core';
import { flagValue, type ParsedArgs } from '../args.js';
import { UsageError, type UsageIssue } from '../usage-error.js';
import type { ParamFlag } from './param-flags.js';
import type { FileInputs } from './request.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `b` merged into `a`: structs field by field, anything else replaced. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isRecord(out[k]) && isRecord(v) ? merge(out[k], v) : v;
  return out;
}

/** Flattened keys (`Tag.1.Key`) rebuilt by core's wire rules, then merged over the nested ones. */
function unflatten(op: OperationSpec, body: Record<string, unknown>): Record<string, unknown> {
  const nested = Object.fromEntries(Object.entries(body).filter(([k]) => !k.includes('.')));
  const flat = Object.entries(body).filter(([k]) => k.includes('.'));
  if (flat.length === 0) return nested;
  // Core rebuilds from wire text, as the emulator does: numbers and booleans are written as the wire has them.
  const wire = flat.map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
  return merge(nested, fromWireParams(op, wire));
}

async function read(path: string, flag: string, issues: UsageIssue[]): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    issues.push({ parameter: `--${flag}`, problem: `cannot read ${JSON.stringify(path)} (${code})`, allowed: 'a readable file' });
    return undefined;
  }
}

/** Reads `--file` and every `--<flag>-file` given; throws a {@link UsageError} listing every problem. */
export async function readInputs(op: OperationSpec, flags: readonly ParamFlag[], args: ParsedArgs, command: string): Promise<FileInputs> {
  const issues: UsageIssue[] = [];
  const inputs: { request?: FileInputs['request']; texts: Map<string, { name: string; text: string }> } = { texts: new Map() };
  const file = flagValue(args, 'file');
  if (file !== undefined) {
    const text = await read(file, 'file', issues);
    if (text !== undefined) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        issues.push({ parameter: '--file', problem: `${JSON.stringify(file)} is not valid JSON (${(error as Error).message})`, allowed: 'a JSON object of request parameters' });
      }
      if (body !== undefined && !isRecord(body)) issues.push({ parameter: '--file', problem: `${JSON.stringify(file)} holds a JSON ${Array.isArray(body) ? 'array' : typeof body}`, allowed: 'a JSON object of request parameters' });
      else if (body !== undefined) inputs.request = { name: file, body: unflatten(op, body) };
    }
  }
  for (const f of flags) {
    const path = f.fileFlag ? flagValue(args, f.fileFlag) : undefined;
    if (path === undefined) continue;
    const text = await read(path, f.fileFlag!, issues);
    if (text !== undefined) inputs.texts.set(f.fileFlag!, { name: path, text });
  }
  if (issues.length > 0) throw new UsageError(issues, command);
  return inputs;
}
