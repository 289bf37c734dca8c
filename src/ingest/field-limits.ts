/**
 * The longest value an import takes in each kind of field, in characters (README, "Limits on imported
 * files"). Published files come nowhere near them (the longest school name in the register is 93
 * characters, the longest indicator description 3,003); they stop a damaged or hostile file from storing a
 * value that every later page and download then has to carry.
 */
export const FIELD_LIMITS = {
  /** Names, addresses, labels and sources: schools, places, employers, trusts, titles. */
  name: 500,
  /** Any other cell a column reads, such as a plan's definition or a description: a few paragraphs. */
  cell: 5_000,
} as const;

/** `This value is 12,001 characters long: it must be 5,000 characters or fewer`. */
export function tooLongReason(length: number, max: number): string {
  return `This value is ${length.toLocaleString('en-GB')} characters long: it must be ${max.toLocaleString('en-GB')} characters or fewer`;
}
