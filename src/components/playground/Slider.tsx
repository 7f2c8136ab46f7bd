/** One labelled integer slider with a number box beside it, for an exact value past a fiddly drag. */
import { useId } from 'react';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (value: number) => void;
}

export function Slider({ label, value, min, max, onChange }: Props) {
  const id = useId();
  return (
    <div className="slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <input
        type="number"
        className="slider-number"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-label={label}
        onChange={(e) => {
          const v = Math.round(Number(e.target.value));
          // A box being typed into may be empty or out of range for a moment: wait for a number.
          if (e.target.value !== '' && v >= min && v <= max) onChange(v);
        }}
      />
    </div>
  );
}
