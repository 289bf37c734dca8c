import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeResults, moveHighlight, type AutocompleteOption } from './autocomplete-options.ts';
import { describedBy } from './field-ids.ts';
import { FormGroup } from './FieldParts.tsx';

export interface AutocompleteProps {
  /** Also the input's name, and what an error summary link points at ("#id"). */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  /** The form's value: the chosen option's value, or what was typed when nothing was chosen. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The suggestions for what is typed; an aborted search is dropped. */
  readonly search: (text: string, signal: AbortSignal) => Promise<readonly AutocompleteOption[]>;
  /** Characters to type before searching. */
  readonly minLength?: number;
  readonly width?: '10' | '20' | '30';
}

// Long enough that typing a name does not send a request per key press.
const DEBOUNCE_MS = 250;

/**
 * An accessible autocomplete (the ARIA 1.2 combobox with a list box, as GOV.UK's accessible-autocomplete
 * behaves): type, hear how many suggestions there are, move through them with the arrow keys, choose with
 * Enter or a click, close with Escape. Typing something that is not suggested is still a value, so a code
 * typed in full works without the list.
 */
export function Autocomplete({ id, label, hint, error, value, onChange, search, minLength = 2, width }: AutocompleteProps) {
  const listId = `${id}-listbox`;
  const statusId = useId();
  const [text, setText] = useState(value);
  const [options, setOptions] = useState<readonly AutocompleteOption[]>([]);
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const [status, setStatus] = useState('');
  const emitted = useRef(value);

  // A value set from outside (a form cleared after saving) replaces what is typed.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (!open || text.trim().length < minLength) {
      setOptions([]);
      setStatus('');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(text, controller.signal).then(
        (found) => {
          setOptions(found);
          setHighlight(-1);
          setStatus(describeResults(text, found.length, minLength));
        },
        (failure: unknown) => {
          if (!controller.signal.aborted) {
            console.error(failure);
            setOptions([]);
            setStatus('Suggestions could not be loaded');
          }
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [text, open, minLength, search]);

  const emit = (next: string): void => {
    emitted.current = next;
    onChange(next);
  };
  const choose = (option: AutocompleteOption): void => {
    setText(option.label);
    setOpen(false);
    setOptions([]);
    setHighlight(-1);
    setStatus(`${option.label} chosen`);
    emit(option.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const shown = open ? options.length : 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown === 0) return;
      event.preventDefault();
      setHighlight(moveHighlight(highlight, shown, event.key));
    } else if (event.key === 'Enter' && highlight >= 0 && highlight < shown) {
      // Choosing a suggestion must not also send the form.
      event.preventDefault();
      const option = options[highlight];
      if (option !== undefined) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setHighlight(-1);
    }
  };
  const expanded = open && options.length > 0;
  const classes = ['govuk-input', 'oa-autocomplete__input', width === undefined ? null : `govuk-input--width-${width}`, error === undefined ? null : 'govuk-input--error'];
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <div className="oa-autocomplete">
        <input
          className={classes.filter((c) => c !== null).join(' ')}
          id={id}
          name={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && highlight >= 0 ? `${id}-option-${String(highlight)}` : undefined}
          aria-describedby={describedBy(id, hint, error)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            emit(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // After a click on an option has had its turn.
            setTimeout(() => {
              setOpen(false);
            }, 150);
          }}
        />
        <ul className="oa-autocomplete__menu" id={listId} role="listbox" aria-label="Suggestions" hidden={!expanded}>
          {options.map((option, i) => (
            <li
              key={option.value}
              id={`${id}-option-${String(i)}`}
              role="option"
              aria-selected={i === highlight}
              className={i === highlight ? 'oa-autocomplete__option oa-autocomplete__option--focused' : 'oa-autocomplete__option'}
              onMouseDown={(event) => {
                // Keep focus in the field, so the choice does not blur it first.
                event.preventDefault();
              }}
              onClick={() => {
                choose(option);
              }}
            >
              {option.label}
              {option.hint !== undefined && <span className="oa-autocomplete__hint">{option.hint}</span>}
            </li>
          ))}
        </ul>
        <div id={statusId} className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {status}
        </div>
      </div>
    </FormGroup>
  );
}
