/**
 * One run's tricks as switches, each with its section of the paper: ReLU or tanh (§3.1),
 * dropout and its rate (§4.2), LRN (§3.3), overlapping pooling (§3.4), random crops and flips
 * (§4.1), momentum (§5) and weight decay (§5). Native controls: Tab, Space and arrow keys work.
 */
import { useTranslation } from 'react-i18next';
import { type RunSwitches as Switches, dropoutRates } from '../../core/lab/settings';

interface Props {
  readonly run: 'a' | 'b';
  readonly switches: Switches;
  readonly onChange: (next: Switches) => void;
  /** While the run trains its switches are fixed (reset to change them). */
  readonly disabled: boolean;
}

/** A paper section, shown beside its switch. */
function Cite({ section }: { readonly section: string }) {
  return <span className="lab-cite">{section}</span>;
}

export function RunSwitches({ run, switches, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Switches>) => onChange({ ...switches, ...patch });
  const id = (name: string) => `lab-${run}-${name}`;
  const check = (key: 'lrn' | 'augment' | 'momentum' | 'weightDecay', label: string, section: string) => (
    <label className="lab-switch">
      <input
        type="checkbox"
        checked={switches[key]}
        disabled={disabled}
        onChange={(e) => set({ [key]: e.target.checked })}
        data-testid={id(key)}
      />
      {label} <Cite section={section} />
    </label>
  );
  return (
    <fieldset className="lab-switches" disabled={disabled}>
      <legend>{t('lab.run.legend', { run: run.toUpperCase() })}</legend>
      <div className="lab-switch" role="radiogroup" aria-labelledby={id('activation-label')}>
        <span id={id('activation-label')}>{t('lab.switch.activation')}</span>
        {(['relu', 'tanh'] as const).map((a) => (
          <label key={a}>
            <input
              type="radio"
              name={id('activation')}
              value={a}
              checked={switches.activation === a}
              onChange={() => set({ activation: a })}
              data-testid={id(`activation-${a}`)}
            />
            {t(`lab.switch.${a}`)}
          </label>
        ))}
        <Cite section="§3.1" />
      </div>
      <label className="lab-switch">
        {t('lab.switch.dropout')}{' '}
        <select
          value={switches.dropout}
          onChange={(e) => set({ dropout: Number(e.target.value) })}
          data-testid={id('dropout')}
        >
          {dropoutRates.map((r) => (
            <option key={r} value={r}>
              {r === 0 ? t('lab.switch.dropoutOff') : String(r)}
            </option>
          ))}
        </select>{' '}
        <Cite section="§4.2" />
      </label>
      {check('lrn', t('lab.switch.lrn'), '§3.3')}
      <label className="lab-switch">
        {t('lab.switch.pooling')}{' '}
        <select
          value={switches.overlap ? 'overlap' : 'plain'}
          onChange={(e) => set({ overlap: e.target.value === 'overlap' })}
          data-testid={id('pooling')}
        >
          <option value="overlap">{t('lab.switch.overlap')}</option>
          <option value="plain">{t('lab.switch.plain')}</option>
        </select>{' '}
        <Cite section="§3.4" />
      </label>
      {check('augment', t('lab.switch.augment'), '§4.1')}
      {/* What "random crops" can mean for a 28×28 picture, said once, under the switch. */}
      {switches.augment ? <p className="lab-note">{t('lab.switch.augmentNote')}</p> : null}
      {check('momentum', t('lab.switch.momentum'), '§5')}
      {check('weightDecay', t('lab.switch.weightDecay'), '§5')}
    </fieldset>
  );
}
