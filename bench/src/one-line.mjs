// The cold-import floor: a module with nothing in it, so its import time is the ESM loader's own cost.
export default 1;
