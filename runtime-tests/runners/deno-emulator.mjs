// The emulator in Deno: the built contract package's fetch handler behind Deno.serve on 127.0.0.1, port 0.
// Prints `{"listening": URL}` once it accepts requests; exits at once on SIGTERM (Deno.serve would otherwise
// shut down gracefully, waiting for the client's idle keep-alive connections).
import { createEmulator } from '@org/ecs-pipelines-contract';

const handler = createEmulator(JSON.parse(Deno.args[0]));
Deno.serve(
  {
    hostname: '127.0.0.1',
    port: 0,
    onListen: ({ hostname, port }) => console.log(JSON.stringify({ listening: `http://${hostname}:${port}`, deno: Deno.version.deno })),
  },
  (request) => handler(request),
);
Deno.addSignalListener('SIGTERM', () => Deno.exit(0));
