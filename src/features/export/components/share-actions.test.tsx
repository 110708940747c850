// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareActions } from './share-actions';

const EMBED = 'https://x.test/?v=1&embed=1';
const PRESENT = 'https://x.test/?v=1&embed=1&present=1';

describe('the embed snippet', () => {
  it('lets the frame go full screen, and offers presenter mode (present=1) as an option', async () => {
    render(<ShareActions url="https://x.test/?v=1" embedUrl={EMBED} presentUrl={PRESENT} title={'A "quoted" view'} />);
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const code = screen.getByRole('textbox', { name: 'Embed code' });
    const plain = (code as HTMLTextAreaElement).value;
    expect(plain).toContain('src="https://x.test/?v=1&amp;embed=1"');
    expect(plain).toContain('allow="fullscreen"');
    expect(plain).toContain('title="A &quot;quoted&quot; view"');
    expect(plain).not.toContain('present=1');

    const option = screen.getByRole('checkbox', { name: /Presenter mode/ });
    expect(option).not.toBeChecked();
    await userEvent.click(option);
    const presenter = (code as HTMLTextAreaElement).value;
    expect(presenter).toContain('src="https://x.test/?v=1&amp;embed=1&amp;present=1"');
    expect(presenter).toContain('allow="fullscreen"');
    await userEvent.click(option);
    expect((code as HTMLTextAreaElement).value).toBe(plain);
  });

  it('has no presenter option without a presenter link', async () => {
    render(<ShareActions url="https://x.test/?v=1" embedUrl={EMBED} title="t" />);
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
