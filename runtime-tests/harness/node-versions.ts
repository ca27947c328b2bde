// Node 22 and 24 binaries from the npm `node` package, installed once into a cache folder under the
// system temp dir, so a repeated run (or the test after the test command's install step) starts at once.
// scripts/install-node.mjs does the same install from the command line.
export { NODE_VERSIONS, nodeBinary } from '../scripts/install-node.mjs';
