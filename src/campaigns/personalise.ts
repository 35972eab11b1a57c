/** `{{name}}`, with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

export type Personalised = { ok: true; text: string } | { ok: false; missing: string[] };

/**
 * Fills a message's `{{name}}` placeholders from one recipient's variables. A placeholder without a value
 * is an error, never an empty gap: "Hi , your order…" is worse than a refused campaign.
 */
export function personalise(template: string, variables: Record<string, string>): Personalised {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = variables[name];
    if (value === undefined) {
      missing.add(name);
      return placeholder;
    }
    return value;
  });
  return missing.size > 0 ? { ok: false, missing: [...missing] } : { ok: true, text };
}
