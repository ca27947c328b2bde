// The explorer page (bundled into dist/explore/app.js with the client's edge build and core; no framework, no
// dependency of its own). A form per action from the generated table and core's rules; on Send: core's
// checkRequest (as the client validates), a confirmation for writes, then the client's own `send` (or
// `paginate`) signing with WebCrypto in this page, through a fetch that hands the signed request to the local
// relay. The secret is read from its field when a request is signed and kept nowhere else: no storage, no
// cookie, no log, never sent.
import {
  type Action,
  checkRequest,
  type Credentials,
  EcsApiError,
  EcsError,
  EcsValidationError,
  type OperationSpec,
  operations,
  toWireParams,
  type ValidationIssue,
} from '@org/ecs-pipelines-core';
import { createClient, paginate, regionEndpoint } from '@org/ecs-pipelines-client';
import type { EcsPipelinesClient, Operation, ResponseMetadata } from '@org/ecs-pipelines-client';
import type { PageConfig } from '../assets.js';
import { commands, type GeneratedCommand } from '../../generated/commands.gen.js';
import { ERROR_HEADER, SESSION_HEADER, TARGET_HEADER, USER_AGENT_HEADER } from '../relay.js';
import { clientCode, cliCode, type CodeTarget, sdkCode } from './codegen.js';
import { compareStrings, type Segment } from './diff.js';
import { append, h, replace } from './dom.js';
import { type Draft, toRequest } from './draft.js';
import { type RenderedForm, renderForm } from './form.js';
import { explainSignature, type SentRequest, serverStringToSign, type SignatureView } from './signing.js';
import { jsonTree } from './tree.js';

/** One attempt as the client handed it to fetch, and what came back. */
interface Attempt extends SentRequest {
  response?: { status: number; headers: Array<[string, string]>; body: string; ms: number };
}

const config = JSON.parse(document.getElementById('explorer-config')!.textContent!) as PageConfig;
const byAction = new Map(commands.map((c) => [c.action, c]));
const drafts = new Map<string, Record<string, Draft>>();
const opOf = (action: string) => (operations as Record<string, OperationSpec>)[action]!;
const isWrite = (op: OperationSpec) => !op.readOnly;

// ---------------------------------------------------------------------------------------------- layout
const main = document.getElementById('main')!;
const nav = document.getElementById('operations')!;
const status = h('p', { role: 'status', class: 'note', id: 'status' });

document.getElementById('target-note')!.textContent = config.emulator
  ? `Requests go to the embedded emulator at ${config.emulator.endpoint} (its demo key is filled in), through this page's local server.`
  : 'Requests go to Alibaba Cloud (https://ecs….aliyuncs.com), signed in this page and relayed by its local server, which never sees your secret.';

const credentialInput = (label: string, type: string, value: string, hint: string) => {
  const id = `cred-${label}`;
  const input = h('input', { id, type, autocomplete: type === 'password' ? 'new-password' : 'off', spellcheck: 'false', 'aria-describedby': `${id}-hint` });
  input.value = value;
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  return { input, element: h('div', { class: 'field' }, h('label', { for: id }, label), input, h('p', { class: 'hint', id: `${id}-hint` }, hint)) };
};
const keyId = credentialInput('AccessKeyId', 'text', config.emulator?.credentials.accessKeyId ?? '', 'The AccessKey ID.');
const secret = credentialInput(
  'AccessKeySecret',
  'password',
  config.emulator?.credentials.accessKeySecret ?? '',
  'Kept in this page\'s memory only: never stored, logged or sent. The page signs each request with it; the local server relays the signed request.',
);
const token = credentialInput('SecurityToken', 'password', '', 'Only for STS (temporary) credentials; sent as the x-acs-security-token header or SecurityToken parameter, as the API needs.');
const select = (label: string, options: Array<[string, string]>, hint: string) => {
  const id = `opt-${label.replace(/\W+/g, '-')}`;
  const el = h('select', { id, 'aria-describedby': `${id}-hint` }, options.map(([v, t]) => h('option', { value: v }, t)));
  el.addEventListener('change', () => scheduleCode());
  return { el, element: h('div', { class: 'field' }, h('label', { for: id }, label), el, h('p', { class: 'hint', id: `${id}-hint` }, hint)) };
};
const signature = select('Signature version', [['v3', 'v3: ACS3-HMAC-SHA256 (default)'], ['v1', 'v1: HMAC-SHA1 (legacy RPC signature)']], 'How the client signs: the client\'s signatureVersion option.');
const method = select('HTTP method', [['GET', 'GET (default)'], ['POST', 'POST']], 'The parameters stay in the query either way: the client\'s method option.');

const credentials = h(
  'section',
  { 'aria-labelledby': 'credentials-heading' },
  h('h2', { id: 'credentials-heading' }, 'Credentials and signing'),
  h('div', { class: 'settings' }, keyId.element, secret.element, token.element, signature.element, method.element),
);

const operationSection = h('section', { id: 'operation', 'aria-labelledby': 'operation-heading', tabindex: '-1' });
const resultSection = h('section', { id: 'result', 'aria-labelledby': 'result-heading' }, h('h2', { id: 'result-heading' }, 'Result'), status);
const resultBody = h('div', {});
resultSection.appendChild(resultBody);
const codeSection = h('section', { id: 'code', 'aria-labelledby': 'code-heading' });
const dialog = h('dialog', { 'aria-labelledby': 'confirm-heading', 'aria-describedby': 'confirm-text' });
append(main, [credentials, operationSection, resultSection, codeSection, dialog]);

nav.appendChild(
  h('ul', {}, commands.map((c) => h('li', {}, h('a', { href: `#${c.action}`, 'data-action': c.action }, c.action, h('span', { class: 'kind' }, `${c.summary}${isWrite(opOf(c.action)) ? ' · write' : ''}`))))),
);

// ------------------------------------------------------------------------------------------- the form
let current: { command: GeneratedCommand; op: OperationSpec; form: RenderedForm; next: HTMLButtonElement | undefined; all: HTMLButtonElement | undefined } | undefined;
let nextToken: string | undefined;
const issuesBox = h('div', { class: 'alert', role: 'alert', id: 'issues' });

function draftsOf(action: string): Record<string, Draft> {
  let d = drafts.get(action);
  if (!d) drafts.set(action, (d = { RegionId: 'cn-hangzhou' }));
  return d;
}

function show(action: string): void {
  const command = byAction.get(action) ?? commands[0]!;
  const op = opOf(command.action);
  for (const a of nav.querySelectorAll('a')) {
    if (a.dataset['action'] === command.action) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  // An edit makes the last answer's NextToken belong to another request: Next page waits for a new answer.
  const form = renderForm(command, op.request, draftsOf(command.action), () => {
    nextToken = undefined;
    if (current?.next) current.next.disabled = true;
    scheduleCode();
  });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send');
  const paged = op.pagination !== undefined;
  const next = paged ? h('button', { type: 'button', disabled: true, onclick: () => void run('next') }, 'Next page') : undefined;
  const all = paged ? h('button', { type: 'button', onclick: () => void run('all') }, 'All pages') : undefined;
  const element = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'operation-heading', onsubmit: (e: Event) => (e.preventDefault(), void run('one')) },
    form.element,
    issuesBox,
    h('div', { class: 'row' }, send, next, all, isWrite(op) ? h('span', { class: 'note' }, 'A write: Send asks before it sends.') : null),
  );
  replace(
    operationSection,
    h('h2', { id: 'operation-heading' }, command.action),
    h('p', {}, h('strong', {}, command.summary), isWrite(op) ? ' — changes resources' : ' — reads only'),
    h('p', { class: 'desc' }, command.description.replace(/`([^`]*)`/g, '$1')),
    element,
  );
  replace(issuesBox);
  // The last result was another action's.
  replace(resultBody);
  status.textContent = '';
  current = { command, op, form, next, all };
  nextToken = undefined;
  document.title = `${command.action} · ecs-pipelines explorer`;
  scheduleCode();
}

window.addEventListener('hashchange', () => {
  show(location.hash.slice(1));
  operationSection.focus();
});

// ------------------------------------------------------------------------------------------------ code
let codeQueued = false;
function scheduleCode(): void {
  if (codeQueued) return;
  codeQueued = true;
  requestAnimationFrame(() => {
    codeQueued = false;
    renderCode();
  });
}

const signatureVersion = () => (signature.el.value === 'v1' ? 'v1' : 'v3');
const httpMethod = () => (method.el.value === 'POST' ? 'POST' : 'GET');

function renderCode(): void {
  if (!current) return;
  const { command, op } = current;
  const request = toRequest(op.request, draftsOf(command.action));
  const target: CodeTarget = { endpoint: config.emulator?.endpoint, signatureVersion: signatureVersion(), method: httpMethod() };
  const region = typeof request['RegionId'] === 'string' ? request['RegionId'] : undefined;
  let endpoint: string | undefined;
  try {
    endpoint = region ? regionEndpoint(region) : undefined;
  } catch {
    endpoint = undefined;
  }
  const note = config.emulator ? `the emulator's demo key: ${config.emulator.credentials.accessKeyId} / ${config.emulator.credentials.accessKeySecret}` : undefined;
  const blocks: Array<[string, string, string]> = [
    ['code-ts', 'TypeScript: @org/ecs-pipelines-client', clientCode(command.action, request, target)],
    ['code-cli', 'CLI: ecs-pipelines', cliCode(command.action, request, target, note)],
    ['code-sdk', "Alibaba's SDK: @alicloud/ecs20140526", sdkCode(command.action, request, { ...target, regionEndpoint: endpoint })],
  ];
  replace(
    codeSection,
    h('h2', { id: 'code-heading' }, 'The same call as code'),
    h('p', { class: 'note' }, 'From the form as it is now; credentials come from the environment, never from this page.'),
    blocks.map(([id, title, text]) => {
      const pre = h('pre', { id, 'aria-labelledby': `${id}-title`, tabindex: '0' }, text);
      const copied = h('span', { class: 'note', role: 'status' });
      const copy = h('button', {
        type: 'button',
        'aria-describedby': `${id}-title`,
        onclick: () => void copyText(text, pre).then((ok) => (copied.textContent = ok ? 'Copied.' : 'Select the text and copy it (the clipboard is not available here).')),
      }, `Copy ${title.split(':')[0]}`);
      return h('div', { class: 'code-block' }, h('div', { class: 'row' }, h('h3', { id: `${id}-title` }, title), copy, copied), pre);
    }),
  );
}

async function copyText(text: string, pre: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(pre);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
}

// ------------------------------------------------------------------------------------------- sending
function credentialsNow(): Credentials {
  const c: Credentials = { accessKeyId: keyId.input.value, accessKeySecret: secret.input.value };
  if (token.input.value) c.securityToken = token.input.value;
  return c;
}

/** The fetch the client sends with: the signed request goes to the local relay, which forwards it as it is. */
function relayFetch(attempts: Attempt[]): typeof fetch {
  return async (input, init = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const attempt: Attempt = { method: init.method ?? 'GET', url, headers };
    attempts.push(attempt);
    const started = performance.now();
    const res = await fetch('/relay', {
      method: attempt.method,
      headers: { ...headers, [USER_AGENT_HEADER]: headers['user-agent'] ?? '', [TARGET_HEADER]: url, [SESSION_HEADER]: config.session },
      signal: init.signal ?? null,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
    });
    const kind = res.headers.get(ERROR_HEADER);
    const body = await res.text();
    if (kind === 'refused') throw new EcsError(`The explorer's relay refused the request: ${body}`);
    if (kind === 'network') throw new TypeError(body);
    attempt.response = { status: res.status, headers: [...res.headers.entries()], body, ms: Math.round(performance.now() - started) };
    return new Response([101, 204, 205, 304].includes(res.status) ? null : body, { status: res.status, headers: res.headers });
  };
}

function confirmWrite(action: string, request: Record<string, unknown>): Promise<boolean> {
  const region = typeof request['RegionId'] === 'string' ? request['RegionId'] : '';
  const where = config.emulator ? 'in the emulator' : 'in your Alibaba Cloud account';
  const params = toWireParams(request).map(([k, v]) => `${k}=${v}`).join('\n');
  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      dialog.close(answer ? 'send' : 'cancel');
    };
    const cancel = h('button', { type: 'button', autofocus: true, onclick: () => close(false) }, 'Cancel');
    replace(
      dialog,
      h('h2', { id: 'confirm-heading' }, `Send ${action}?`),
      h('p', { id: 'confirm-text' }, `${action} changes resources ${where}${region ? ` (${region})` : ''}; it cannot be taken back by this page.`),
      h('pre', { 'aria-label': 'The parameters to send' }, params),
      h('div', { class: 'row' }, cancel, h('button', { type: 'button', class: 'primary', onclick: () => close(true) }, 'Confirm and send')),
    );
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'send'), { once: true });
    dialog.showModal();
    cancel.focus();
  });
}

let running = false;

async function run(mode: 'one' | 'next' | 'all'): Promise<void> {
  if (!current || running) return;
  const { command, op, form } = current;
  const paging = op.pagination;
  const d = draftsOf(command.action);
  if (mode === 'next' && paging && nextToken) {
    d[paging.inputToken] = nextToken;
    const control = form.control(paging.inputToken) as HTMLInputElement | undefined;
    if (control) control.value = nextToken;
    scheduleCode();
  }
  form.clearIssues();
  replace(issuesBox);
  for (const f of [keyId, secret, token]) f.input.removeAttribute('aria-invalid');
  const request = toRequest(op.request, d);
  if (mode === 'all' && paging) delete request[paging.inputToken];
  // The client validates exactly so before sending; doing it here first keeps a write's confirmation for a valid request.
  const issues = checkRequest(op, request);
  if (issues.length > 0) return refuse(issues, form);
  if (isWrite(op) && !(await confirmWrite(command.action, request))) {
    status.textContent = `${command.action} was not sent: not confirmed.`;
    return;
  }
  const attempts: Attempt[] = [];
  const creds = credentialsNow();
  let client: EcsPipelinesClient;
  try {
    client = createClient({
      credentials: creds,
      ...(config.emulator ? { endpoint: config.emulator.endpoint } : {}),
      signatureVersion: signatureVersion(),
      method: httpMethod(),
      fetch: relayFetch(attempts),
    });
  } catch (error) {
    if (EcsValidationError.isInstance(error)) return refuse(error.issues, form);
    throw error;
  }
  running = true;
  status.textContent = `Sending ${command.action}…`;
  replace(resultBody);
  const started = performance.now();
  try {
    const typed = op as Operation<Action>;
    if (mode === 'all') {
      const pages: Array<Record<string, unknown>> = [];
      for await (const page of paginate(client, typed, request as never)) {
        pages.push(page as Record<string, unknown>);
        status.textContent = `${command.action}: ${pages.length} ${pages.length === 1 ? 'page' : 'pages'} so far…`;
      }
      const [wrapper, list] = paging!.items;
      const items = pages.flatMap((p) => ((p[wrapper] as Record<string, unknown[]> | undefined)?.[list] ?? []));
      nextToken = undefined;
      status.textContent = `${command.action}: ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}, ${items.length} items, in ${Math.round(performance.now() - started)} ms.`;
      await showOutcome({ attempts, creds, pages, items, metadata: (pages[pages.length - 1] as { $metadata?: ResponseMetadata } | undefined)?.$metadata });
    } else {
      const out = (await client.send(typed, request as never)) as Record<string, unknown> & { $metadata: ResponseMetadata };
      nextToken = paging ? (out[paging.outputToken] as string | undefined) || undefined : undefined;
      status.textContent = `${command.action}: HTTP ${out.$metadata.httpStatusCode ?? '?'} in ${Math.round(performance.now() - started)} ms${nextToken ? '; there is a next page' : ''}.`;
      await showOutcome({ attempts, creds, output: out, metadata: out.$metadata });
    }
  } catch (error) {
    nextToken = undefined;
    if (EcsValidationError.isInstance(error)) refuse(error.issues, form);
    const code = EcsApiError.isInstance(error) ? error.code : (error as Error)?.name ?? 'Error';
    status.textContent = `${command.action} failed: ${code}.`;
    await showOutcome({ attempts, creds, error, metadata: (error as { $metadata?: ResponseMetadata })?.$metadata });
  } finally {
    running = false;
    if (current?.next) current.next.disabled = !nextToken;
  }
}

function refuse(issues: readonly ValidationIssue[], form: RenderedForm): void {
  const credentialFields: Record<string, HTMLInputElement> = { accessKeyId: keyId.input, accessKeySecret: secret.input, securityToken: token.input };
  const left = form.showIssues(issues.filter((i) => !i.parameter.startsWith('credentials')));
  for (const i of issues) {
    const field = credentialFields[i.parameter.replace(/^credentials\.?/, '')];
    if (field) field.setAttribute('aria-invalid', 'true');
  }
  replace(
    issuesBox,
    h('p', {}, h('strong', {}, `Not sent: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`), ' (checked by core, as the client checks before sending):'),
    h('ul', {}, issues.map((i) => h('li', {}, h('code', {}, i.parameter), ` ${i.problem} (allowed: ${i.allowed})`))),
    left.length > 0 && left.length < issues.length ? h('p', { class: 'note' }, 'The others are marked at their fields.') : null,
  );
  status.textContent = `Not sent: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}.`;
  const first = issues.map((i) => (i.parameter.startsWith('credentials') ? credentialFields[i.parameter.replace(/^credentials\.?/, '')] : undefined) ?? form.control(i.parameter)).find(Boolean);
  (first as HTMLElement | undefined)?.focus();
}

// ------------------------------------------------------------------------------------------- results
interface Outcome {
  attempts: Attempt[];
  creds: Credentials;
  output?: Record<string, unknown>;
  pages?: Array<Record<string, unknown>>;
  items?: unknown[];
  error?: unknown;
  metadata?: ResponseMetadata | undefined;
}

const facts = (rows: Array<[string, Node | string | undefined]>) =>
  h('dl', { class: 'facts' }, rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v!)]));
const headerTable = (label: string, rows: Array<[string, string]>) =>
  h('table', { 'aria-label': label }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Header'), h('th', { scope: 'col' }, 'Value'))), h('tbody', {}, rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v)))));
const marked = (segments: Segment[]) => segments.map((s) => (s.changed ? h('mark', {}, s.text) : s.text));

async function showOutcome(o: Outcome): Promise<void> {
  const last = o.attempts[o.attempts.length - 1];
  let view: SignatureView | undefined;
  if (last) {
    try {
      view = await explainSignature(last, o.creds);
    } catch {
      view = undefined;
    }
  }
  const blocks: Node[] = [];
  if (o.error !== undefined) blocks.push(errorBlock(o.error, view));
  if (last?.response) {
    const r = last.response;
    let parsed: unknown;
    try {
      parsed = JSON.parse(r.body);
    } catch {
      parsed = undefined;
    }
    blocks.push(
      h('h3', {}, 'Response'),
      facts([['Status', `HTTP ${r.status}`], ['Time', `${r.ms} ms (this attempt)`]]),
      h('details', {}, h('summary', {}, `Response headers (${r.headers.length})`), headerTable('Response headers', r.headers)),
    );
    if (o.pages) {
      blocks.push(
        h('p', {}, `${o.pages.length} ${o.pages.length === 1 ? 'page' : 'pages'}, ${o.items?.length ?? 0} items (the client's paginate, following NextToken). The request and body below are the last page's.`),
        h('h4', {}, 'Every item'),
        jsonTree(o.items, 'Every item of every page', 1),
      );
    }
    // The raw body is a read-only text box: selectable and scrollable, and its text is not a second copy of
    // every field name in the page's text (the tree is where a field is found by name).
    const raw = h('textarea', { id: 'raw-body', readonly: true, rows: 8, spellcheck: 'false' });
    raw.value = r.body;
    blocks.push(
      h('h4', {}, 'Body'),
      parsed === undefined ? h('p', { class: 'note' }, 'Not JSON.') : jsonTree(parsed, 'Response body'),
      h('label', { for: 'raw-body', class: 'h4' }, 'Raw body'),
      raw,
    );
  }
  if (o.metadata) blocks.push(h('h3', {}, '$metadata'), h('pre', { 'aria-label': '$metadata' }, JSON.stringify(o.metadata, null, 2)));
  if (last) {
    const shownHeaders = Object.entries(last.headers).map(([k, v]): [string, string] => [k, k.toLowerCase() === 'x-acs-security-token' ? '[REDACTED]' : v]);
    blocks.push(
      h('h3', {}, 'Request as sent'),
      facts([['Method', last.method], ['URL', last.url], ['Attempts', o.metadata ? String(o.metadata.attempts) : String(o.attempts.length)]]),
      headerTable('Request headers', shownHeaders),
    );
    if (view) {
      blocks.push(
        h('h3', {}, `Canonical request (${view.algorithm}${view.algorithm === 'HMAC-SHA1' ? ': the sorted query' : ''})`),
        h('pre', { id: 'canonical-request', 'aria-label': 'Canonical request', tabindex: '0' }, view.canonicalRequest),
        h('h3', {}, 'String to sign'),
        h('pre', { id: 'string-to-sign', 'aria-label': 'String to sign', tabindex: '0' }, view.stringToSign),
        h('p', { class: 'note' }, view.reproduced
          ? 'Recomputed here with core\'s signer from the date, nonce and headers that were sent: it gives the signature that was sent.'
          : 'Recomputed here with core\'s signer, it does not give the signature that was sent (were the credentials changed while sending?).'),
      );
    }
  }
  replace(resultBody, blocks);
}

function errorBlock(error: unknown, view: SignatureView | undefined): Node {
  if (EcsApiError.isInstance(error)) {
    const recommend = error.recommend ? h('a', { href: error.recommend, target: '_blank', rel: 'noreferrer noopener' }, error.recommend) : undefined;
    const server = error.code === 'SignatureDoesNotMatch' ? serverStringToSign(error.serviceMessage) : undefined;
    // The server's string to sign is shown once, beside the page's, rather than run into the message.
    const message = server === undefined ? error.serviceMessage : `${error.serviceMessage.slice(0, error.serviceMessage.search(/server string to sign is:/i)).trim()} (the string it signed is compared below)`;
    const block = h(
      'div',
      { class: 'alert', id: 'error' },
      h('h3', {}, 'Error'),
      facts([['Code', error.code], ['Message', message], ['RequestId', error.requestId], ['HTTP status', String(error.httpStatus)], ['Recommend', recommend], ['HostId', error.hostId]]),
    );
    if (error.code === 'SignatureDoesNotMatch') block.appendChild(signatureComparison(server, view));
    return block;
  }
  if (EcsValidationError.isInstance(error)) return h('div', { class: 'alert', id: 'error' }, h('h3', {}, 'Not sent'), h('p', {}, error.message));
  const e = error as Error;
  return h('div', { class: 'alert', id: 'error' }, h('h3', {}, 'Error'), facts([['Kind', e?.name ?? 'Error'], ['Message', e?.message ?? String(error)]]));
}

function signatureComparison(server: string | undefined, view: SignatureView | undefined): Node {
  if (server === undefined || view === undefined) {
    return h('p', {}, 'The service did not say which string it signed, so the two cannot be compared.');
  }
  const c = compareStrings(view.stringToSign, server);
  const verdict = c.equal
    ? 'The strings to sign are the same: the request arrived as it was signed, so the secret (or the AccessKey ID it belongs to) is not the one the service has.'
    : 'The strings to sign differ (marked): something changed between signing and the service, or the two build it differently.';
  return h(
    'section',
    { 'aria-labelledby': 'compare-heading' },
    h('h4', { id: 'compare-heading' }, 'Strings to sign: this page\'s and the server\'s'),
    h('p', {}, verdict),
    h(
      'div',
      { class: 'compare' },
      h('div', {}, h('h5', { id: 'client-sts-heading' }, 'Client string to sign'), h('pre', { id: 'client-string-to-sign', 'aria-labelledby': 'client-sts-heading', tabindex: '0' }, marked(c.left))),
      h('div', {}, h('h5', { id: 'server-sts-heading' }, 'Server string to sign'), h('pre', { id: 'server-string-to-sign', 'aria-labelledby': 'server-sts-heading', tabindex: '0' }, marked(c.right))),
    ),
  );
}

// ------------------------------------------------------------------------------------------- start
show(location.hash.slice(1) || commands[0]!.action);
window.addEventListener('error', (e) => (status.textContent = `The page failed: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => (status.textContent = `The page failed: ${String((e.reason as Error)?.message ?? e.reason)}`));
