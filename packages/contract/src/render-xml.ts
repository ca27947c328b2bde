// The XML form of RPC responses (`Format=XML`): the JSON body with each list-wrapper array written as repeated
// elements (`<Tags><Tag>…</Tag><Tag>…</Tag></Tags>`). The API page's sample has the root `<CreateDiskResponse>`,
// a doc-generator slip; RPC responses are rooted at `<{Action}Response>` and errors at `<Error>`.

/** The content type the official SDK requires before it parses an error body as XML. */
export const XML_CONTENT_TYPE = 'text/xml;charset=utf-8';

/** Renders `body` as an XML document with the given root element. */
export function renderXml(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>${renderFields(body)}</${root}>`;
}

function renderFields(obj: Record<string, unknown>): string {
  let out = '';
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) out += element(key, item);
    } else {
      out += element(key, value);
    }
  }
  return out;
}

function element(name: string, value: unknown): string {
  const tag = xmlName(name);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `<${tag}>${renderFields(value as Record<string, unknown>)}</${tag}>`;
  }
  return `<${tag}>${escapeXml(String(value))}</${tag}>`;
}

/** Escapes text content; characters XML 1.0 cannot carry at all become U+FFFD. */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// Field names come from the spec or from a loaded data file; keep them well-formed either way.
function xmlName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
