// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { MethodologyHelp } from './methodology-help';
import { FINDINGS } from './study-notes';

/** The list that follows a heading, or the paragraph: the content of one section of the help. */
function sectionAfter(heading: string): string {
  const h = screen.getByRole('heading', { name: heading });
  let text = '';
  for (let el = h.nextElementSibling; el && el.tagName !== 'H4'; el = el.nextElementSibling) text += `${el.textContent} `;
  return text;
}

describe('MethodologyHelp', () => {
  it('keeps the app\'s own figures and the studies\' findings in separate sections', () => {
    render(<MethodologyHelp />);
    const own = sectionAfter('What this app\'s own figures show');
    const studies = sectionAfter('What published studies found');
    // The app's figures name their source and say what they are; no study is cited among them.
    expect(own).toMatch(/Computed by this app from the bundled H\.10/);
    expect(own).not.toMatch(/Finance Research Letters|Economics of Transition|Park & Park|Kim & Roland/);
    // The studies' section holds every finding and no figure of the app's own.
    for (const f of FINDINGS) expect(studies).toContain(f.cite);
    expect(studies).not.toMatch(/chg_0|Yeonpyeong|event list/);
  });
});
