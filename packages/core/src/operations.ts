// The generated `operations` map, typed as rules objects: `operations[action].pagination` reads as the
// optional field it is for any action, where the generated literal types know only each action's own fields.
import { operations as generated } from './generated/acs-operations.gen.js';
import type { OperationSpec } from './spec.js';
import type { Action } from './types.js';

/** Every action of the spec with its rules, by action (`operations.DescribeImagePipelines`). */
export const operations: { readonly [A in Action]: OperationSpec & { readonly action: A } } = generated;
