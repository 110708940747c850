import type { ReactNode } from 'react';

/** What a field's control needs to be named and described by its message. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface Props {
  id: string;
  label: string;
  /** The field's one message, shown under it while it is wrong. */
  error?: string;
  hint?: string;
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** One labelled field of the event form with its hint and its message (aria-describedby). */
export function EventFormField({ id, label, error, hint, wide, children }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  const className = wide ? 'field wide' : 'field';
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described || undefined })}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
