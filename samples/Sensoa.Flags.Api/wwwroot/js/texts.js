// The page's own words come from the server that serves it: texts/languages.json lists the languages (the library's
// list, the default first) and texts/{lang}.json holds one language's texts, from the tables in the API's Localization
// folder, so that a language is added there and nowhere here.
const loaded = new Map();

export async function loadLanguages() {
  const response = await fetch('texts/languages.json');
  return response.json();
}

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

// The browser's language by default: the first of its preferred languages that the page speaks, else the default.
export function preferredLanguage(languages, list = navigator.languages ?? [navigator.language]) {
  for (const tag of list) {
    const primary = String(tag ?? '').toLowerCase().split('-')[0];
    if (languages.includes(primary)) return primary;
  }
  return languages[0];
}
