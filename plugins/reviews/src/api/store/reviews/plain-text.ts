import { z } from "@medusajs/framework/zod"

// Anything a browser could read as markup: a tag (`<b`, `</`, `<!--`, `<?`)
// or an HTML character reference (`&lt;`, `&#60;`). "3 < 5" stays allowed.
const MARKUP = /<\s*[a-zA-Z!/?]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/
// C0 control characters other than tab and line breaks, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/**
 * A trimmed, non-empty plain-text string of at most `max` characters.
 * Markup is refused (400), never stored: storefronts render the text as is.
 */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !MARKUP.test(value), {
      message: "Must be plain text: HTML tags and entities are not allowed.",
    })
    .refine((value) => !CONTROL.test(value), {
      message: "Must not contain control characters.",
    })

const FILE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/

/**
 * A file of Medusa's file module: its id (as returned by `POST /store/files`
 * or the admin uploads route) or its http(s) URL.
 */
export const mediaRef = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine(
    (value) => {
      if (FILE_ID.test(value)) {
        return true
      }
      try {
        const url = new URL(value)
        return (
          (url.protocol === "https:" || url.protocol === "http:") &&
          !/[<>"'\s]/.test(value)
        )
      } catch {
        return false
      }
    },
    { message: "Must be a file id or an http(s) URL." }
  )
