/**
 * Whether the letter at `at` in `text` is a capital ("Mario", "È"), asked case-sensitively.
 *
 * A rule written under the `i` flag cannot ask this itself: with `iu`, `\p{Lu}` folds case and
 * matches "m" as well as "M". Such a rule matches any letter there and leaves this question to its
 * caller. Returns false past the end of `text`.
 */
export function startsCapital(text: string, at = 0): boolean {
  return /^\p{Lu}/u.test(text.slice(at));
}
