// The page's own words, English and Dutch (texts/en.json and texts/nl.json hold the same keys; a test checks it).
const loaded = new Map();

export const languages = ['en', 'nl'];

export async function loadTexts(lang) {
  if (!loaded.has(lang)) {
    const response = await fetch(`texts/${lang}.json`);
    loaded.set(lang, await response.json());
  }
  const texts = loaded.get(lang);
  const plural = new Intl.PluralRules(lang);
  // A text that counts has a form per plural category ("errors.count.one", "errors.count.other"), chosen by its first argument.
  return (key, ...args) => {
    const counted = typeof args[0] === 'number' ? texts[`${key}.${plural.select(args[0])}`] ?? texts[`${key}.other`] : undefined;
    const text = counted ?? texts[key] ?? key;
    return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  };
}

// The browser's language by default: the first of its preferred languages that the page speaks.
export function preferredLanguage(list = navigator.languages ?? [navigator.language]) {
  for (const tag of list) {
    const primary = String(tag ?? '').toLowerCase().split('-')[0];
    if (languages.includes(primary)) return primary;
  }
  return 'en';
}
