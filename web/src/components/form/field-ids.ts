/** The ids GOV.UK form fields use to tie a hint and an error message to their input. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter((x) => x !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}
