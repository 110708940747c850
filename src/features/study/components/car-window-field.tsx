import { useState } from 'react';
import { msg, useT, type Msg } from '../../../i18n';
import { CAR_LIMITS } from '../../../lib/url-study-params';

/** The bounds of an extra window: the URL's `car=a,b` limits. */
export interface CarLimits {
  min: number;
  max: number;
}

export type CarParse = { ok: true; car: [number, number] | null } | { ok: false; message: Msg };

/** "a,b" (spaces allowed; empty = no extra window) → the window, or what is wrong with it. */
export function parseCarText(text: string, limits: CarLimits = CAR_LIMITS): CarParse {
  const t = text.trim();
  if (!t) return { ok: true, car: null };
  const m = /^(-?\d{1,3})\s*,\s*(-?\d{1,3})$/.exec(t.replace(/−/g, '-'));
  if (!m) return { ok: false, message: msg('study.car.notWindow', { text: t.slice(0, 20) }) };
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > b) return { ok: false, message: msg('study.car.reversed', { a: String(a), b: String(b) }) };
  if (a < limits.min || b > limits.max) return { ok: false, message: msg('study.car.range', { min: String(limits.min), max: String(limits.max) }) };
  return { ok: true, car: [a, b] };
}

interface Props {
  car: [number, number] | null;
  onCar: (car: [number, number] | null) => void;
}

const MSG_ID = 'st-car-msg';

/** The extra event window, applied on Enter or when the field is left; a bad one is kept as typed with a message. */
export function CarWindowField({ car, onCar }: Props) {
  const { t, tm } = useT();
  const shown = car ? car.join(',') : '';
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(shown);
  const [message, setMessage] = useState<Msg | null>(null);
  // The URL changed the window (a link, back): show it.
  if (seen !== shown) {
    setSeen(shown);
    setText(shown);
    setMessage(null);
  }
  const apply = () => {
    const r = parseCarText(text);
    if (!r.ok) return setMessage(r.message);
    setMessage(null);
    if ((r.car?.join(',') ?? '') !== shown) onCar(r.car);
  };
  return (
    <span className="st-car">
      <label className="inline-field small">
        <span>{t('study.car.label')}</span>
        <input
          type="text"
          inputMode="numeric"
          size={7}
          value={text}
          placeholder={t('study.car.placeholder')}
          aria-invalid={message !== null}
          aria-describedby={message ? MSG_ID : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={apply}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
        />
      </label>
      {message && (
        <span id={MSG_ID} role="alert" className="st-error small">
          {tm(message)}
        </span>
      )}
    </span>
  );
}
