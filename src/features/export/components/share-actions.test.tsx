// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { embedSnippet, heightListener, withAutoHeight } from './embed-snippet';
import { ShareActions } from './share-actions';

const EMBED = 'https://lens.example/app/?pairs=USDKRW&embed=1';

describe('embed box', () => {
  const setup = () => {
    render(
      <>
        <ShareActions url="https://lens.example/app/" embedUrl={EMBED} title="KRW & events" />
        <p>Elsewhere</p>
      </>,
    );
    return screen.getByRole('button', { name: 'Embed' });
  };

  it('closes on Esc and focus returns to the Embed button', async () => {
    const user = userEvent.setup();
    const opener = setup();
    await user.click(opener);
    await user.click(screen.getByRole('textbox', { name: 'Embed code' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(opener).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps Tab inside the box: Tab on its last control goes to its first, Shift+Tab back', async () => {
    const user = userEvent.setup();
    await user.click(setup());
    const box = screen.getByRole('dialog');
    const controls = [...box.querySelectorAll<HTMLElement>('button, input, textarea')];
    const [first, last] = [controls[0], controls[controls.length - 1]];
    expect(last).toHaveAccessibleName('Close');
    last.focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
    // Between them, Tab moves on as usual.
    first.focus();
    await user.tab();
    expect(controls[1]).toHaveFocus();
  });

  it('closes on a click outside, not on one inside; Close returns focus too', async () => {
    const user = userEvent.setup();
    const opener = setup();
    await user.click(opener);
    await user.click(screen.getByRole('dialog'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('offers the auto-height code: the URL asks for autoheight=1 and the host listener follows', async () => {
    const user = userEvent.setup();
    await user.click(setup());
    const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code.value).not.toContain('<script>');
    await user.click(screen.getByRole('checkbox', { name: /Height follows the content/ }));
    expect(code.value).toContain('embed=1&amp;autoheight=1');
    expect(code.value).toContain("e.origin !== \"https://lens.example\"");
    expect(code.value).toContain('krw-event-lens:height');
  });
});

describe('embed snippet', () => {
  it('without auto height is the plain iframe, its URL and title escaped for an attribute', () => {
    expect(embedSnippet(EMBED, 'A "quoted" & title', false)).toBe(
      '<iframe src="https://lens.example/app/?pairs=USDKRW&amp;embed=1" width="720" height="360" style="border:0" loading="lazy" allow="fullscreen" title="A &quot;quoted&quot; &amp; title"></iframe>',
    );
  });

  it('adds autoheight=1 once, to absolute and relative URLs', () => {
    expect(withAutoHeight(EMBED)).toBe(`${EMBED}&autoheight=1`);
    expect(withAutoHeight(`${EMBED}&autoheight=1`)).toBe(`${EMBED}&autoheight=1`);
    expect(withAutoHeight('/app/?embed=1#x')).toBe('/app/?embed=1&autoheight=1#x');
  });

  it('the host listener sizes the iframe that sent a height from the app origin, and ignores others', () => {
    document.body.innerHTML = '<iframe data-krw-event-lens></iframe><iframe data-krw-event-lens></iframe>';
    const [a, b] = [...document.querySelectorAll('iframe')];
    const js = heightListener('https://lens.example').replace(/<\/?script>/g, '');
    const listeners: ((e: unknown) => void)[] = [];
    new Function('addEventListener', js)((type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn));
    const send = (e: object) => listeners.forEach((fn) => fn(e));
    send({ origin: 'https://lens.example', source: b.contentWindow, data: { type: 'krw-event-lens:height', height: 241.5 } });
    expect(b.style.height).toBe('242px');
    expect(a.style.height).toBe('');
    send({ origin: 'https://evil.example', source: a.contentWindow, data: { type: 'krw-event-lens:height', height: 100 } });
    send({ origin: 'https://lens.example', source: a.contentWindow, data: { type: 'krw-event-lens:height', height: 1e9 } });
    send({ origin: 'https://lens.example', source: a.contentWindow, data: { type: 'other', height: 100 } });
    expect(a.style.height).toBe('');
  });
});

const EMBED_X = 'https://x.test/?v=1&embed=1';
const PRESENT = 'https://x.test/?v=1&embed=1&present=1';

describe('the embed snippet', () => {
  it('lets the frame go full screen, and offers presenter mode (present=1) as an option', async () => {
    render(<ShareActions url="https://x.test/?v=1" embedUrl={EMBED_X} presentUrl={PRESENT} title={'A "quoted" view'} />);
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
    render(<ShareActions url="https://x.test/?v=1" embedUrl={EMBED_X} title="t" />);
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(screen.queryByRole('checkbox', { name: /Presenter mode/ })).toBeNull();
  });
});
