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
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described || undefined })}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
