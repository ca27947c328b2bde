// The emulator's StartImagePipelineExecution. Scaffolded by scripts/generate.mjs; write the behaviour here (it is never
// overwritten).
import type { Handler } from '../handler.js';
import { notImplemented } from '../errors.js';

/** Start an image build. */
export const handleStartImagePipelineExecution: Handler<'StartImagePipelineExecution'> = () => ({ ok: false, error: notImplemented('StartImagePipelineExecution') });
