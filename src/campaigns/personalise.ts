/** `{{name}}`, with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

export type Personalised = { ok: true; text: string } | { ok: false; missing: string[]; tooLong: boolean };

/**
 * Fills a message's `{{name}}` placeholders from one recipient's variables. A placeholder without a value
 * is an error, never an empty gap: "Hi , your order…" is worse than a refused campaign. A text that would
 * pass `maxLength` is refused as it grows, before it is built: a short template repeating a placeholder
 * whose value is long would otherwise make a text far larger than the request that asked for it.
 */
export function personalise(template: string, variables: Record<string, string>, maxLength: number): Personalised {
  const missing = new Set<string>();
  // The length of the text built so far, up to the end of the template read so far.
  let built = 0;
  let read = 0;
  const text = template.replace(PLACEHOLDER, (placeholder: string, name: string, at: number) => {
    const value = variables[name] ?? placeholder;
    if (variables[name] === undefined) missing.add(name);
    built += at - read + value.length;
    read = at + placeholder.length;
    return built > maxLength ? '' : value;
  });
  built += template.length - read;
  if (missing.size > 0 || built > maxLength) return { ok: false, missing: [...missing], tooLong: built > maxLength };
  return { ok: true, text };
}
