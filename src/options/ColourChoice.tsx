import { HIGHLIGHT_COLOURS, type HighlightColour } from '../highlight-colours';

interface Props {
  chosen: HighlightColour;
  onChoose: (colour: HighlightColour) => void;
}

/** A radio group of the accessible highlight colours, each shown as it will look. */
export function ColourChoice({ chosen, onChoose }: Props) {
  return (
    <section aria-labelledby="colour-heading">
      <h2 id="colour-heading">Highlight colour</h2>
      <fieldset class="colours">
        <legend class="muted">Every choice keeps the text readable on light and dark pages.</legend>
        {HIGHLIGHT_COLOURS.map((colour) => (
          <label key={colour.id} class="colour">
            <input
              type="radio"
              name="colour"
              value={colour.id}
              checked={colour.id === chosen.id}
              onChange={() => onChoose(colour)}
            />
            <span
              class="swatch"
              style={{ background: colour.background, color: colour.text, textDecorationColor: colour.underline }}
            >
              {colour.label}: a highlighted sentence
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
