import { TEMPLATE_VARIABLES, TemplateSource, TemplateVariables } from "./types"

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g

/** Placeholders used in `text` that are not among `known` (by default the built-in kinds' variables). */
export function unknownPlaceholders(
  text: string,
  known: readonly string[] = TEMPLATE_VARIABLES
): string[] {
  return [...text.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .filter((name) => !known.includes(name))
}

function fill(
  text: string,
  vars: TemplateVariables,
  escape: (s: string) => string
): string {
  return text.replace(PLACEHOLDER, (_, name: keyof TemplateVariables) =>
    escape(vars[name] ?? "")
  )
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/** Fills a template; the HTML part is built from the text body when the template has none. */
export function renderTemplate(
  source: TemplateSource,
  vars: TemplateVariables
): { subject?: string; text: string; html?: string } {
  const text = fill(source.body, vars, (s) => s)
  const subject = source.subject
    ? fill(source.subject, vars, (s) => s)
    : undefined
  if (subject === undefined) {
    return { text }
  }
  const html = source.html
    ? fill(source.html, vars, escapeHtml)
    : text
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
        .join("\n")
  return { subject, text, html }
}
