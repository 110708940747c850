// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { activateLang } from '../../../i18n';
import { StudyHelp } from './study-help';

describe('StudyHelp', () => {
  afterEach(() => activateLang('en'));

  it('words the placebo as built: each event replaced by a non-event day of its year, candidates with a CAR for every window', () => {
    render(<StudyHelp />);
    const help = screen.getByText('How the event study works').closest('details')!;
    expect(help).toHaveTextContent('each event is replaced by a non-event day of the same calendar year');
    expect(help).toHaveTextContent('a CAR for every window shown (so a long extra window');
    expect(help).not.toHaveTextContent('stands in for');
  });

  it('keeps the formulas marked up: subscripts, and the URL parameters and model codes as code', () => {
    const { container } = render(<StudyHelp />);
    const codes = [...container.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toEqual(expect.arrayContaining(['model', 'market', 'mean', 'raw', 'car=a,b', 'excl=overlap', 'chg_0']));
    expect(container.querySelector('dd')!.innerHTML).toContain('r<sub>t</sub> = 100 × ln(P<sub>t</sub> / P<sub>t−1</sub>)');
  });

  it('explains the study in Korean, with the terms of Korean econometrics and the citations as published', async () => {
    await activateLang('ko');
    const { container } = render(<StudyHelp />);
    const help = screen.getByText('이벤트 스터디 방법').closest('details')!;
    expect(screen.getByText('추정 구간', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getByText('이벤트 창', { selector: 'dt' })).toBeInTheDocument();
    expect(help).toHaveTextContent('각 이벤트는 같은 해의 비이벤트일로 대체되며');
    expect(help).toHaveTextContent('s는 표본 표준편차(n−1)이며, 자유도 N−1의 스튜던트 t 분포를 따릅니다');
    expect(help).toHaveTextContent('부호 검정은 P(AR > 0) = ½을 가정하지만');
    expect(help).toHaveTextContent('Boehmer, Musumeci & Poulsen 1991, J. Financial Economics 30, 253–272');
    expect(help).toHaveTextContent('이벤트가 원화를 움직였다는 뜻은 아닙니다');
    expect(help).not.toHaveTextContent('the estimation window');
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual(expect.arrayContaining(['market', 'car=a,b', 'excl=overlap']));
  });
});
