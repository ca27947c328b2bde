// The emulator's CreateImageComponent. Scaffolded by scripts/generate.mjs; write the behaviour here (it is never
// overwritten).
import type { Handler } from '../handler.js';
import { notImplemented } from '../errors.js';

/** Create an image component. */
export const handleCreateImageComponent: Handler<'CreateImageComponent'> = () => ({ ok: false, error: notImplemented('CreateImageComponent') });
