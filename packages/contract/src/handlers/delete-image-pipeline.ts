// The emulator's DeleteImagePipeline. Scaffolded by scripts/generate.mjs; write the behaviour here (it is never
// overwritten).
import type { Handler } from '../handler.js';
import { notImplemented } from '../errors.js';

/** Delete an image template. */
export const handleDeleteImagePipeline: Handler<'DeleteImagePipeline'> = () => ({ ok: false, error: notImplemented('DeleteImagePipeline') });
