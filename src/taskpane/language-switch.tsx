import { Field, Select } from '@fluentui/react-components';
import { isLang, languages, type Lang } from '../i18n/lang';
import type { PaneStrings } from './strings';

interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly onChange: (lang: Lang) => void;
}

/** The pane's language; the generated tabs keep the workbook's own language. */
export function LanguageSwitch({ lang, strings, onChange }: LanguageSwitchProps) {
  return (
    <Field label={strings.languageLabel} size="small">
      <Select
        value={lang}
        size="small"
        onChange={(_, data) => {
          if (isLang(data.value)) onChange(data.value);
        }}
      >
        {languages.map((option) => (
          <option key={option} value={option} lang={option === 'zh' ? 'zh-CN' : 'en'}>
            {strings.languageNames[option]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
