// The emulator's CreateImagePipeline. Scaffolded by scripts/generate.mjs; write the behaviour here (it is never
// overwritten).
import type { Handler } from '../handler.js';
import { notImplemented } from '../errors.js';

/** Create an image template. */
export const handleCreateImagePipeline: Handler<'CreateImagePipeline'> = () => ({ ok: false, error: notImplemented('CreateImagePipeline') });
