import { useEffect, useState } from 'preact/hooks';
import { colourNamed, type HighlightColour } from '../highlight-colours';
import type { OptionsStateMessage } from '../messages';
import { AboutIndex } from './AboutIndex';
import { ColourChoice } from './ColourChoice';
import { Shortcuts } from './Shortcuts';
import { Stories } from './Stories';
import { enableSites, fetchOptionsState, storeColour, storedColour } from './options-data';
import { SwitchedOffSites } from './SwitchedOffSites';

export function Options() {
  const [state, setState] = useState<OptionsStateMessage | null>(null);
  const [colour, setColour] = useState<HighlightColour>(colourNamed(undefined));
  const [error, setError] = useState<string | null>(null);
  const fail = (cause: unknown) => setError(String(cause));

  useEffect(() => {
    fetchOptionsState().then(setState, fail);
    storedColour().then(setColour, fail);
  }, []);

  const choose = (next: HighlightColour) => {
    setColour(next);
    storeColour(next).catch(fail);
  };

  return (
    <>
      <h1>Parallax options</h1>
      {error && (
        <p class="error" role="alert">
          Something went wrong: {error}
        </p>
      )}
      {state ? (
        <SwitchedOffSites sites={state.switchedOff} onEnable={(sites) => enableSites(sites).then(setState, fail)} />
      ) : (
        <p class="muted">Loading…</p>
      )}
      <Stories />
      <ColourChoice chosen={colour} onChoose={choose} />
      <Shortcuts />
      {state && <AboutIndex about={state.about} />}
    </>
  );
}
