/**
 * A noun in each plural form the language uses. English needs "one" and "other"; a language added
 * later gives the forms its Intl.PluralRules categories name (few, many, …).
 */
export type PluralForms = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

const LOCALE = 'en';
const rules = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE);

/** The form of `forms` that the number `n` takes: "coding" for 1, "codings" for 0 or 2. */
export function pluralForm(n: number, forms: PluralForms): string {
  return forms[rules.select(n)] ?? forms.other;
}

/** `n` with its noun in the right form and the number grouped: "1 coding", "1,204 codings". */
export function count(n: number, forms: PluralForms): string {
  return `${numbers.format(n)} ${pluralForm(n, forms)}`;
}

/** A number as the interface shows it ("1,204"). */
export function number(n: number): string {
  return numbers.format(n);
}
