// Paging through the emulator and the emulator's own throughput (filled in once the emulator lands).

/** Paging 10× the items must not cost 10× the memory. */
export async function measurePaging({ ours }) {
  if (!ours.ok) return { skipped: `our client is not available (${ours.reason})` };
  return { skipped: 'the emulator is not available yet' };
}

/** Our client against the emulator with signature verification on. */
export async function measureEmulator({ ours }) {
  if (!ours.ok) return { skipped: `our client is not available (${ours.reason})` };
  return { skipped: 'the emulator is not available yet' };
}
