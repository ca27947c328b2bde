// TypeDoc plugin (typedoc.json): a summary for the per-action types that @hey-api/typescript writes into
// core's src/generated/types.gen.ts without a comment (`<Action>Data`, `<Action>Errors`, `<Action>Error`,
// `<Action>Responses`, `<Action>Response`, and its `ClientOptions`). They are public exports, so the reference
// must say what each is, and the spec has no text for them: the text follows from the name, as a generator's
// would. Schemas keep the descriptions the spec gives them; anything else undocumented still fails `pnpm run docs`.
import { Comment, Converter, ReflectionKind } from 'typedoc';

const GENERATED = /\/src\/generated\/types\.gen\.ts$/;
const PER_ACTION = {
  Data: (a) => `The request of \`${a}\` as hey-api shapes it: the parameters are its \`query\` (also \`${a}Request\`).`,
  Errors: (a) => `The error bodies of \`${a}\`, by HTTP status, as the spec lists them.`,
  Error: (a) => `Any error body of \`${a}\`: one of \`${a}Errors\`.`,
  Responses: (a) => `The success bodies of \`${a}\`, by HTTP status.`,
  Response: (a) => `The success body of \`${a}\`: one of \`${a}Responses\`.`,
};
const SUFFIX = new RegExp(`^([A-Z][A-Za-z]+?)(${Object.keys(PER_ACTION).join('|')})$`);

/** The summary for one generated, undocumented type alias, or undefined when the name is not one of ours. */
function summaryOf(name) {
  if (name === 'ClientOptions') return "hey-api's client options for the spec's servers (its `baseUrl` choices). Not used by this SDK: the client package has its own `ClientOptions`.";
  const m = SUFFIX.exec(name);
  return m ? PER_ACTION[m[2]](m[1]) : undefined;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      if (reflection.comment) continue;
      const file = context.project.getSymbolIdFromReflection(reflection)?.fileName ?? '';
      const text = GENERATED.test(file) ? summaryOf(reflection.name) : undefined;
      if (text) reflection.comment = new Comment([{ kind: 'text', text }]);
    }
  });
}
