export type Lang = 'zh' | 'en';

export const languages: readonly Lang[] = ['zh', 'en'];

export function isLang(value: string): value is Lang {
  return value === 'zh' || value === 'en';
}
