// The one smoke scenario every runtime runs (Node, Bun, Deno, workerd, Chromium). Plain JavaScript and
// web-standard globals only, so each runtime loads it unchanged; the client module is passed in, so each
// runtime resolves the published entry its own way (node_modules, an import map, a Wrangler bundle).
// Every check throws on failure; `runSmoke` turns the outcome into one JSON-safe result object.

/**
 * @typedef {object} SmokeOptions
 * @property {string} runtime          name reported back (e.g. `deno`, `workerd`)
 * @property {string} endpoint         emulator URL on 127.0.0.1
 * @property {string} regionId
 * @property {string} accessKeyId
 * @property {string} accessKeySecret
 * @property {number} pageSize         MaxResults per page; the emulator holds several pages of pipelines
 * @property {string[]} expectedIds    every pipeline ID of the region, in the emulator's order
 */

const SCENARIO_VERSION = 1;

/**
 * Runs the scenario against an emulator and never throws: the result says which check failed and why.
 * @param {Record<string, any>} client the `@org/ecs-pipelines-client` module namespace
 * @param {SmokeOptions} options
 */
export async function runSmoke(client, options) {
  const checks = [];
  const result = { smoke: SCENARIO_VERSION, runtime: options.runtime, ok: false, checks, pages: 0, ids: [] };
  try {
    for (const [name, check] of SCENARIO) {
      await check(client, options, result);
      checks.push(name);
    }
    result.ok = true;
  } catch (error) {
    result.failedCheck = SCENARIO[checks.length]?.[0];
    result.error = describeError(error);
  }
  return result;
}

/** @type {Array<[string, (client: any, o: SmokeOptions, result: any) => Promise<void>]>} */
const SCENARIO = [
  ['exports', async (client) => {
    for (const name of ['createClient', 'createBareClient', 'paginateDescribeImagePipelines', 'describeImagePipelines', 'EcsApiError', 'EcsValidationError']) {
      assert(typeof client[name] === 'function', `the client module exports ${name}`);
    }
  }],
  ['paginate', async (client, o, result) => {
    const ids = [];
    for await (const page of client.paginateDescribeImagePipelines(makeClient(client, o), {}, { pageSize: o.pageSize })) {
      result.pages += 1;
      const set = page.ImagePipeline?.ImagePipelineSet;
      assert(Array.isArray(set), 'a page has ImagePipeline.ImagePipelineSet as an array');
      assert(set.length <= o.pageSize, `a page holds at most ${o.pageSize} pipelines, got ${set.length}`);
      assert(page.TotalCount === o.expectedIds.length, `TotalCount is ${o.expectedIds.length}, got ${page.TotalCount}`);
      assert(page.$metadata?.httpStatusCode === 200, 'page.$metadata.httpStatusCode is 200');
      assert(typeof page.$metadata?.requestId === 'string' && page.$metadata.requestId, 'page.$metadata.requestId is set');
      for (const p of set) ids.push(p.ImagePipelineId);
    }
    result.ids = ids;
    const expectedPages = Math.ceil(o.expectedIds.length / o.pageSize);
    assert(result.pages === expectedPages, `${expectedPages} pages, got ${result.pages}`);
    assert(new Set(ids).size === ids.length, 'no pipeline appears twice');
    assert(ids.every((id) => /^ip-[0-9a-z]+$/.test(id)), 'every ID looks like ip-…');
    assert(sameList(ids, o.expectedIds), `the IDs are the emulator's: ${JSON.stringify(ids)}`);
  }],
  ['list items with maxItems', async (client, o) => {
    const maxItems = o.pageSize + 2;
    const ids = [];
    for await (const p of makeClient(client, o).listImagePipelines({ MaxResults: o.pageSize }, { maxItems })) {
      ids.push(p.ImagePipelineId);
    }
    assert(sameList(ids, o.expectedIds.slice(0, maxItems)), `listImagePipelines stops after ${maxItems} items`);
  }],
  ['HMAC-SHA1 over POST', async (client, o) => {
    // The other signature (v1, WebCrypto's HMAC-SHA1) and a form body, as Alibaba's older SDKs send it.
    const page = await makeClient(client, o, undefined, { signatureVersion: 'v1', method: 'POST' }).describeImagePipelines({ MaxResults: o.pageSize });
    const ids = (page.ImagePipeline?.ImagePipelineSet ?? []).map((p) => p.ImagePipelineId);
    assert(sameList(ids, o.expectedIds.slice(0, o.pageSize)), `a v1-signed POST gets the first page, got ${JSON.stringify(ids)}`);
  }],
  ['bare client and standalone commands', async (client, o) => {
    // A client with only `send`, and the per-action commands that take it: what a bundle that wants one action imports.
    const bare = client.createBareClient(clientOptions(o));
    assert(typeof bare.send === 'function' && bare.describeImagePipelines === undefined, 'a bare client has send and no methods');
    const page = await client.describeImagePipelines(bare, { MaxResults: o.pageSize });
    const ids = page.ImagePipeline.ImagePipelineSet.map((p) => p.ImagePipelineId);
    assert(sameList(ids, o.expectedIds.slice(0, o.pageSize)), `the standalone command gets the first page, got ${JSON.stringify(ids)}`);
    const tasks = await client.describeImagePipelineExecutions(bare, { ImagePipelineId: o.expectedIds[0] });
    const set = tasks.ImagePipelineExecution.ImagePipelineExecutionSet;
    assert(Array.isArray(set) && set.every((t) => t.ImagePipelineId === o.expectedIds[0]), "DescribeImagePipelineExecutions returns the template's build tasks");
    let components = 0;
    for await (const c of client.listImageComponents(bare, {}, { maxItems: 3 })) components += typeof c.ImageComponentId === 'string' ? 1 : 0;
    assert(components > 0 && components <= 3, `listImageComponents yields components up to maxItems, got ${components}`);
  }],
  ['wrong secret', async (client, o) => {
    const wrongSecret = `${o.accessKeySecret}-wrong`;
    const error = await rejection(makeClient(client, { ...o, accessKeySecret: wrongSecret }).describeImagePipelines({}));
    assert(error instanceof client.EcsApiError, `an EcsApiError, got ${describeError(error).name}`);
    assert(error.code === 'SignatureDoesNotMatch', `code SignatureDoesNotMatch, got ${error.code}`);
    // The gateway answers 400; some Alibaba product tables list 403 (api-facts.md §errors), so accept both.
    assert(error.httpStatus === 400 || error.httpStatus === 403, `HTTP 400 or 403, got ${error.httpStatus}`);
    assert(error.retryable === false, 'a signature mismatch is not retryable');
    for (const shown of [String(error), error.message, JSON.stringify(error)]) {
      assert(!shown.includes(wrongSecret), 'the error never shows the secret');
    }
  }],
  ['validation before any request', async (client, o) => {
    let requests = 0;
    const counting = (input, init) => {
      requests += 1;
      return globalThis.fetch(input, init);
    };
    const error = await rejection(makeClient(client, o, counting).describeImagePipelines({ MaxResults: 0 }));
    assert(error instanceof client.EcsValidationError, `an EcsValidationError, got ${describeError(error).name}`);
    assert(error.parameter === 'MaxResults', `the error names MaxResults, got ${error.parameter}`);
    assert(error.message.includes('MaxResults'), 'the message names MaxResults');
    assert(requests === 0, `no request was sent, got ${requests}`);
  }],
];

function clientOptions(o, fetch, extra = {}) {
  return {
    regionId: o.regionId,
    endpoint: o.endpoint,
    credentials: { accessKeyId: o.accessKeyId, accessKeySecret: o.accessKeySecret },
    timeoutMs: 10_000,
    ...(fetch ? { fetch } : {}),
    ...extra,
  };
}

function makeClient(client, o, fetch, extra = {}) {
  return client.createClient(clientOptions(o, fetch, extra));
}

async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, it succeeded');
}

function sameList(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function assert(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`);
}

function describeError(error) {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  return { name: error.name, message: error.message, code: error.code, stack: error.stack?.split('\n').slice(0, 6).join('\n') };
}
