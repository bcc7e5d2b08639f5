import { useId } from "preact/hooks";
import { countryOptions, OTHER_COUNTRY } from "../state/preferences.ts";
import { country, emergency, lang, setCountry, text, ui } from "../state/settings.ts";

/** Where the person is, for the emergency number. Guessed from the browser, always changeable. */
export function CountryPicker() {
  const id = useId();
  const t = ui.value;
  const known = emergency.value.known;
  return (
    <div class="country-picker">
      <label for={id}>{t.country.label}</label>
      <select
        id={id}
        value={country.value ?? OTHER_COUNTRY}
        onChange={(event) => setCountry(event.currentTarget.value)}
      >
        {countryOptions(lang.value).map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
        <option value={OTHER_COUNTRY}>{t.country.other}</option>
      </select>
      <p class="hint">{known ? t.country.hint : text.value.emergency.unknownCountry}</p>
    </div>
  );
}
