// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { msg, type MsgValue } from '../../i18n/message';
import { translate } from '../../i18n/i18n';
import { rich, RichText } from './rich-text';

const t = (id: string, values?: Record<string, MsgValue>) => translate(msg(id, values));

describe('rich text from the catalog', () => {
  it('turns the markup into elements, nested too, and leaves any other < as text', () => {
    const { container } = render(<RichText text="p <i>q</i> <code>chg_<sub>0</sub></code> in <cite>J. Finance</cite>; q < 0.05" />);
    expect(container.innerHTML).toBe('p <i>q</i> <code>chg_<sub>0</sub></code> in <cite>J. Finance</cite>; q &lt; 0.05');
  });

  it('puts a React node where its placeholder stands in a message', () => {
    // common.po: "notice.dismiss" is "Dismiss notice: {text}".
    const { container } = render(<p>{rich(t, 'notice.dismiss', { text: <b>two</b> })}</p>);
    expect(container.innerHTML).toBe('<p>Dismiss notice: <b>two</b></p>');
  });
});
