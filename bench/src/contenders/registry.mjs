// The throughput contenders, in the order each round runs them (A B C D … A B C D …).

/** Id of the baseline every "× fetch" ratio divides by. */
export const FETCH = 'raw-fetch';
/** Id of the baseline every "× SDK" ratio divides by: Alibaba's official SDK. */
export const SDK = 'alibaba-sdk';
/** Our client on its default (Node) path, and on plain fetch. */
export const OURS_NODE = 'ours-node';
export const OURS_FETCH = 'ours-fetch';
/** The undici floor: what our Node path's transport costs with nothing on top. */
export const RAW_UNDICI = 'raw-undici';

/** Every contender: `id` names the module in this folder; `floor` marks the unsigned transports. */
export const contenders = [
  { id: FETCH, label: 'raw fetch (floor: no signing)', floor: true },
  { id: 'raw-http', label: 'raw node:http keep-alive (floor: no signing)', floor: true },
  { id: RAW_UNDICI, label: 'raw undici Pool (floor: no signing)', floor: true },
  { id: OURS_NODE, label: "ours: default on Node (undici after 16 requests)", ours: true },
  { id: OURS_FETCH, label: 'ours: plain fetch', ours: true },
  { id: SDK, label: '@alicloud/ecs20140526 (official SDK)' },
  { id: 'pop-core', label: '@alicloud/pop-core' },
];
