// The loopback server of the throughput comparisons, run as its own process so it never shares a core's
// event loop with the client under test. It answers every request with the canned page, checks no
// signature (the server must not be the bottleneck) and drains request bodies (POST forms, empty POSTs).
// Prints `{"port":N}` once listening; exits when its parent closes stdin, so it can never be orphaned.
import { createServer } from 'node:http';
import { cannedBytes } from './canned.mjs';

const headers = {
  'content-type': 'application/json;charset=utf-8',
  'content-length': String(cannedBytes.length),
  'x-acs-request-id': '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E',
};

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(cannedBytes);
  });
  req.resume();
});
server.headersTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
