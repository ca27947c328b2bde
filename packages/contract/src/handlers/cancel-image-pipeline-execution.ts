// The emulator's CancelImagePipelineExecution. Scaffolded by scripts/generate.mjs; write the behaviour here (it is never
// overwritten).
import type { Handler } from '../handler.js';
import { notImplemented } from '../errors.js';

/** Cancel an image build. */
export const handleCancelImagePipelineExecution: Handler<'CancelImagePipelineExecution'> = () => ({ ok: false, error: notImplemented('CancelImagePipelineExecution') });
