// New resource IDs in the service's shapes (family reference §2.5): `ip-` and `ic-` + 20 lower-case
// alphanumerics, `exec-` + 20 lower-case hex, images `m-` + 20. Drawn from `crypto.getRandomValues` (a web
// standard), not from the data seed: an emulator restarted from a saved state must not hand out an ID again.

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

function draw(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 36 and 16 both leave a tiny bias with a byte modulo; IDs need to be unique, not uniform.
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A new image template ID. */
export const newPipelineId = (): string => `ip-${draw(20, ALNUM)}`;
/** A new image component ID. */
export const newComponentId = (): string => `ic-${draw(20, ALNUM)}`;
/** A new build task ID. */
export const newExecutionId = (): string => `exec-${draw(20, HEX)}`;
/** A new image ID. */
export const newImageId = (): string => `m-${draw(20, ALNUM)}`;
