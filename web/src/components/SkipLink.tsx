/**
 * The GOV.UK skip link. Following it moves focus to the main content (which can take focus: tabIndex -1),
 * marked `govuk-skip-link-focused-element` so its focus outline is hidden until focus moves on: what
 * govuk-frontend's SkipLink script does, in a few lines here, so the shell every page loads carries none of
 * govuk-frontend's JavaScript (its component framework: 2.5 KB gzip). Pages that use a component with
 * JavaScript (an error summary, a notification banner) still load it, with their own code.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const focusTarget = (): void => {
    const target = document.getElementById(targetId);
    if (target === null) return;
    const marked = 'govuk-skip-link-focused-element';
    const unmark = (): void => {
      target.classList.remove(marked);
    };
    target.addEventListener('focus', () => {
      target.addEventListener('blur', unmark, { once: true });
    }, { once: true });
    target.classList.add(marked);
    target.focus();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={focusTarget}>
      Skip to main content
    </a>
  );
}
