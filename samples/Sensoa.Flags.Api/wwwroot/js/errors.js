import { el, clear } from './dom.js';

// Finds the field a JSON path names: the path itself, else the nearest enclosing path the form shows
// ($.behaviours[0].criteria.consent, then $.behaviours[0].criteria, then $.behaviours[0], ...).
export function slotFor(path, slots) {
  let at = path;
  while (at) {
    const id = slots.get(at);
    if (id && document.getElementById(id)) return document.getElementById(id);
    const cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
    if (cut <= 0) break;
    at = at.slice(0, cut);
  }
  return document.getElementById(slots.get('$'));
}

function focusable(slotElement) {
  return slotElement.matches('input, select, textarea')
    ? slotElement
    : slotElement.querySelector('input:checked, input:not([type=radio]), select, textarea, input');
}

function fieldName(slotElement, t) {
  if (slotElement.tagName === 'FORM') return t('errors.incident');
  const own = slotElement.querySelector(':scope > label, :scope > legend');
  const card = slotElement.closest('fieldset.card')?.querySelector(':scope > legend');
  const name = own?.textContent ?? '';
  return card && card !== own ? `${card.textContent}, ${name}` : name;
}

export function clearErrors(form) {
  for (const node of form.querySelectorAll('.field-error')) node.remove();
  for (const node of form.querySelectorAll('[aria-invalid]')) {
    node.removeAttribute('aria-invalid');
    const ids = (node.getAttribute('aria-describedby') ?? '').split(' ').filter(id => id && !id.startsWith('error-'));
    if (ids.length > 0) node.setAttribute('aria-describedby', ids.join(' '));
    else node.removeAttribute('aria-describedby');
  }
  const summary = form.querySelector('#error-summary');
  if (summary) clear(summary).hidden = true;
}

// The library's own errors, each placed beside the field its JSON path names, and a summary that leads to them.
// The library writes its messages in the language the page asks for, so they stand as they are.
export function showErrors(form, errors, slots, t, lang) {
  clearErrors(form);
  const summary = form.querySelector('#error-summary');
  const list = el('ul', {});
  errors.forEach((error, n) => {
    const slotElement = slotFor(error.path, slots);
    const id = `error-${n}`;
    const explained = [el('span', { lang }, error.message)];
    slotElement.append(el('p', { class: 'field-error', id }, el('span', { class: 'error-icon', 'aria-hidden': 'true' }, '!'), ...explained));
    const target = focusable(slotElement);
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    }
    list.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => (target ?? slotElement).focus() },
      t('errors.field', fieldName(slotElement, t), ''), ...explained.map(x => (x instanceof Node ? x.cloneNode(true) : x)))));
  });
  summary.append(el('h2', {}, t('errors.heading')), el('p', {}, t('errors.count', errors.length)), list);
  summary.hidden = false;
  summary.focus();
}

export function showGeneralError(form, text, t) {
  clearErrors(form);
  const summary = form.querySelector('#error-summary');
  summary.append(el('h2', {}, t('errors.heading')), el('p', {}, text));
  summary.hidden = false;
  summary.focus();
}
