// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { StudyHelp } from './study-help';

describe('StudyHelp', () => {
  it('words the placebo as built: each event replaced by a non-event day of its year, candidates with a CAR for every window', () => {
    render(<StudyHelp />);
    const help = screen.getByText('How the event study works').closest('details')!;
    expect(help).toHaveTextContent('each event is replaced by a non-event day of the same calendar year');
    expect(help).toHaveTextContent('a CAR for every window shown (so a long extra window');
    expect(help).not.toHaveTextContent('stands in for');
  });
});
