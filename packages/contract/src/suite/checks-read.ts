// Hand-written contract checks of successful reads on the wire, with DescribeImagePipelines: both signature
// versions, both methods, the form body, XML. (Shapes, paging and page sizes of every action are the
// spec-derived checks of checks-spec.ts.)
import { ensure, expectPage, itemsOf } from './assert.js';
import { call } from './call.js';
import type { ContractCheck } from './check.js';

/** Checks of successful reads. */
export const readChecks: ContractCheck[] = [
  {
    name: 'v3 POST: a page validates against the response schema',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { method: 'POST' }), 'v3 POST');
      ensure(itemsOf(page).length <= 5, `v3 POST: ${itemsOf(page).length} items on a page of MaxResults 5`);
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v3 GET: a page validates against the response schema',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { method: 'GET' }), 'v3 GET');
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v1 (HMAC-SHA1) GET: a JSON page validates',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { algorithm: 'v1', method: 'GET' }), 'v1 GET');
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v1 POST with a form body (as @alicloud/pop-core sends): a page validates',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { algorithm: 'v1', method: 'POST', form: true }), 'v1 POST form');
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v1 Format=XML: an XML document rooted at <DescribeImagePipelinesResponse>',
    async run(ctx) {
      const res = await call(ctx.target, { MaxResults: 2 }, { algorithm: 'v1', method: 'GET', format: 'XML' });
      ensure(res.status === 200, `XML: expected 200, got ${res.status}: ${res.text.slice(0, 200)}`);
      ensure(/xml/i.test(res.contentType), `XML: content type ${res.contentType}`);
      ensure(/^(<\?xml[^>]*>\s*)?<DescribeImagePipelinesResponse>[\s\S]*<RequestId>[^<]+<\/RequestId>[\s\S]*<\/DescribeImagePipelinesResponse>\s*$/.test(res.text), `XML: unexpected document: ${res.text.slice(0, 200)}`);
    },
  },
];
