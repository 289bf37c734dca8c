import { CLASSIFICATIONS } from '../../../../src/domain/maps/index.ts';
import type { Indicator } from '../../api/public-data-types.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { MAX_CLASSES, MIN_CLASSES } from './map-colours.ts';
import { CLASSIFICATION_HINTS, CLASSIFICATION_NAMES, type MapSettings } from './map-settings.ts';

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => String(MIN_CLASSES + i));

/**
 * What the map shows. Each change redraws the map and its table at once (announced by the legend's status
 * line); there is no submit button because nothing is sent anywhere.
 */
export function MapControls({ indicators, settings, onChange }: {
  indicators: readonly Indicator[];
  settings: MapSettings;
  onChange: (settings: MapSettings) => void;
}) {
  const indicator = indicators.find((i) => i.code === settings.indicator);
  const periods = indicator?.periods ?? [];
  return (
    <form className="oa-map-controls" noValidate onSubmit={(event) => { event.preventDefault(); }}>
      <div className="oa-filter-row oa-map-controls__what">
        <Select
          id="indicator"
          label="Indicator"
          options={indicators.map((i) => ({ value: i.code, text: i.name }))}
          value={settings.indicator}
          onChange={(code) => {
            const chosen = indicators.find((i) => i.code === code);
            onChange({ ...settings, indicator: code, period: chosen?.periods.at(-1) ?? '' });
          }}
        />
        <Select
          id="period"
          label="Period"
          options={[...periods].reverse().map((period) => ({ value: period, text: period }))}
          value={settings.period}
          onChange={(period) => {
            onChange({ ...settings, period });
          }}
        />
      </div>
      <div className="oa-filter-row">
        <Radios
          name="classification"
          legend="Classification"
          inline
          options={CLASSIFICATIONS.map((method) => ({ value: method, text: CLASSIFICATION_NAMES[method] }))}
          value={settings.classification}
          onChange={(value) => {
            const method = CLASSIFICATIONS.find((c) => c === value);
            if (method !== undefined) onChange({ ...settings, classification: method });
          }}
        />
        <Radios
          name="classes"
          legend="Number of classes"
          inline
          options={CLASS_COUNTS.map((count) => ({ value: count, text: count }))}
          value={String(settings.classes)}
          onChange={(value) => {
            onChange({ ...settings, classes: Number(value) });
          }}
        />
      </div>
      {indicator !== undefined && indicator.description !== '' && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">About this indicator</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">{indicator.description}</p>
            <p className="govuk-body">
              Classifications: {CLASSIFICATIONS.map((method) => `${CLASSIFICATION_NAMES[method]}: ${CLASSIFICATION_HINTS[method].toLowerCase()}`).join('. ')}.
            </p>
          </div>
        </details>
      )}
    </form>
  );
}
