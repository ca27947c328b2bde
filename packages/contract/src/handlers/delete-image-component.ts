// The emulator's DeleteImageComponent. Scaffolded by scripts/generate.mjs; write the behaviour here (it is never
// overwritten).
import type { Handler } from '../handler.js';
import { notImplemented } from '../errors.js';

/** Delete an image component. */
export const handleDeleteImageComponent: Handler<'DeleteImageComponent'> = () => ({ ok: false, error: notImplemented('DeleteImageComponent') });
