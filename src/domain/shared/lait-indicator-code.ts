/**
 * The indicator code a LAIT measure is stored under: `lait_` and its short code in lower case, with `%`
 * as `pct`, `&` as `and`, `<` as `lt` and every other run of characters that are not letters or digits
 * as `_` (indicator codes are lower-case letters, digits and underscores, as the API takes them).
 * @example laitIndicatorCode('KS2RWM_Expected_STD') → 'lait_ks2rwm_expected_std'; laitIndicatorCode('%_of LAC Adopted') → 'lait_pct_of_lac_adopted'
 */
export function laitIndicatorCode(shortCode: string): string {
  const words = shortCode
    .trim()
    .replaceAll('%', ' pct ')
    .replaceAll('&', ' and ')
    .replaceAll('<', ' lt ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `lait_${words}`;
}
