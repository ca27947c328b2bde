// The explorer page's HTML shell and style, served by server.ts. The page itself (forms, results, code) is built
// by its script (page/app.ts) from the spec's tables; this shell only holds the landmarks and the config.

/** What the page learns from the server: its session token for the relay, and the emulator when there is one. */
export interface PageConfig {
  session: string;
  emulator?: { endpoint: string; credentials: { accessKeyId: string; accessKeySecret: string } };
}

/** JSON that is safe inside a `<script>` element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The page: landmarks, the config as inert JSON, the script and the style from this server. */
export function pageHtml(config: PageConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>ecs-pipelines explorer</title>
<link rel="stylesheet" href="/style.css">
<script type="application/json" id="explorer-config">${scriptJson(config)}</script>
<script type="module" src="/app.js"></script>
</head>
<body>
<a class="skip" href="#operation">Skip to the operation</a>
<header class="top">
<h1>ecs-pipelines explorer</h1>
<p id="target-note"></p>
</header>
<div class="layout">
<nav aria-label="Operations" id="operations"></nav>
<main id="main">
<noscript><p>The explorer is a script: enable JavaScript for this page (it is served by the ecs-pipelines command on this machine).</p></noscript>
</main>
</div>
</body>
</html>
`;
}

/** The page's style: system fonts only, readable from 320 px wide, visible focus, highlights that do not rely on colour alone. */
export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad;
  --bad: #b3261e; --bad-bg: #ffebe9; --good-bg: #e6f4ea; --mark: #fff1a8; --code-bg: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9ea7b3; --line: #30363d; --accent: #6cb6ff; --bad: #ff8182;
    --bad-bg: #3c1618; --good-bg: #12261e; --mark: #5a4a00; --code-bg: #161b22; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
code, pre, .mono, input, textarea, select { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 8px; top: 8px; background: var(--bg); padding: 4px 8px; z-index: 10; }
.top { padding: 8px 16px; border-bottom: 1px solid var(--line); }
.top h1 { font-size: 1.25rem; margin: 0; }
.top p { margin: 2px 0 0; color: var(--muted); }
.layout { display: grid; grid-template-columns: minmax(200px, 260px) minmax(0, 1fr); }
nav { border-right: 1px solid var(--line); padding: 8px; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav a { display: block; padding: 6px 8px; border-radius: 6px; text-decoration: none; overflow-wrap: anywhere; }
nav a[aria-current="page"] { background: var(--code-bg); font-weight: 600; }
nav .kind { display: block; font-size: 12px; color: var(--muted); }
main { padding: 8px 16px 48px; min-width: 0; }
section { margin: 12px 0 20px; }
h2 { font-size: 1.15rem; margin: 16px 0 8px; }
h3 { font-size: 1rem; margin: 14px 0 6px; }
h4, .h4 { display: block; font-size: 0.95rem; font-weight: 600; margin: 12px 0 4px; }
#raw-body { max-width: none; min-height: 10rem; }
.desc { color: var(--muted); white-space: pre-line; margin: 4px 0 8px; }
fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 6px 12px 10px; min-width: 0; }
legend { font-weight: 600; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; padding: 0 4px; }
.field { margin: 10px 0; }
.field label { display: block; font-weight: 600; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.hint { color: var(--muted); font-size: 13px; margin: 2px 0 4px; white-space: pre-line; overflow-wrap: anywhere; }
.problem { color: var(--bad); font-size: 13px; margin: 2px 0; }
.problem:empty { display: none; }
input[type="text"], input[type="password"], textarea, select { width: 100%; max-width: 40rem; padding: 6px 8px; border: 1px solid var(--line);
  border-radius: 6px; background: var(--bg); color: var(--fg); }
textarea { min-height: 6rem; }
[aria-invalid="true"] { border-color: var(--bad); box-shadow: 0 0 0 1px var(--bad); }
button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid var(--line); background: var(--code-bg); color: var(--fg); cursor: pointer; }
button:disabled { opacity: 0.55; cursor: not-allowed; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.settings { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 16px; }
.note { color: var(--muted); font-size: 13px; }
.alert { border: 1px solid var(--bad); background: var(--bad-bg); border-radius: 8px; padding: 8px 12px; }
.alert:empty { display: none; }
.ok { border: 1px solid var(--line); background: var(--good-bg); border-radius: 8px; padding: 8px 12px; }
pre { background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; margin: 4px 0 8px; max-height: 32rem; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 3px 6px; overflow-wrap: anywhere; }
th { font-weight: 600; width: 14rem; }
td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 4px 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.tree, .tree ul { list-style: none; margin: 0; padding-left: 1.1rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.tree { padding-left: 0; }
.tree summary { cursor: pointer; }
.tree .k { font-weight: 600; }
.tree .s { color: #0a7d3b; }
.tree .n { color: #8250df; }
@media (prefers-color-scheme: dark) { .tree .s { color: #7ee2a8; } .tree .n { color: #d2a8ff; } }
.compare { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 12px; }
mark { background: var(--mark); color: inherit; text-decoration: underline wavy var(--bad); }
.code-block h3 { display: inline; margin-right: 8px; }
dialog { border: 1px solid var(--line); border-radius: 10px; max-width: min(36rem, 92vw); color: var(--fg); background: var(--bg); }
dialog::backdrop { background: rgba(0, 0, 0, 0.45); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 720px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  nav { border-right: 0; border-bottom: 1px solid var(--line); }
  nav ul { display: flex; flex-wrap: wrap; gap: 4px; }
  nav a { padding: 4px 8px; border: 1px solid var(--line); }
  nav .kind { display: inline; margin-left: 4px; }
  main { padding: 8px 10px 40px; }
  /* Header tables: each header's name above its value, full width. */
  table, tbody, tr, th, td { display: block; width: auto; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  th[scope="row"] { border-bottom: 0; padding-bottom: 0; }
  td { padding-left: 12px; }
}
`;
