// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { SafeLink } from './safe-link';

describe('SafeLink', () => {
  it('links http and https URLs in a new tab without opener', () => {
    render(<SafeLink href="https://home.treasury.gov/news">Treasury</SafeLink>);
    const a = screen.getByRole('link', { name: 'Treasury' });
    expect(a).toHaveAttribute('href', 'https://home.treasury.gov/news');
    expect(a).toHaveAttribute('rel', 'noopener noreferrer');
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,hi', 'ftp://x.org/', 'not a url', '//evil.org'])(
    'never makes %s clickable',
    (href) => {
      render(<SafeLink href={href} />);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText(/link not shown/)).toBeInTheDocument();
    },
  );
});
