import { el, clear } from './dom.js';
import { loadLanguages, loadTexts, preferredLanguage } from './texts.js';
import * as api from './api.js';
import { emptyIncident, toIncident, fromIncident } from './model.js';
import { IncidentForm } from './form.js';
import { showErrors, showGeneralError, clearErrors } from './errors.js';
import { renderResult } from './result.js';

const languages = await loadLanguages();

// Everything lives in this page's memory: nothing is stored, nothing goes into the address bar.
const state = { lang: preferredLanguage(languages), t: null, guide: null, pitfalls: null, rules: null, model: emptyIncident(), caseFile: { reference: '', author: '' }, hasResult: false, busy: false, status: [] };
const form = document.getElementById('incident-form');
const result = document.getElementById('result');
const incidentForm = new IncidentForm(form, { onChange: markStale });

// Counts the answers drawn (results and error lists), so that a test can wait for the next one.
function answered() {
  document.body.dataset.answers = String(Number(document.body.dataset.answers ?? 0) + 1);
}

function markStale() {
  const stale = document.getElementById('stale');
  if (state.hasResult && stale) stale.hidden = false;
}

async function setLanguage(lang, focusSwitch) {
  state.lang = lang;
  state.t = await loadTexts(lang);
  const [criteria, pitfalls, rules] = await Promise.all([api.criteriaGuide(lang), api.pitfallGuide(lang), api.ruleSet(lang)]);
  state.guide = criteria.ok ? criteria.data : null;
  state.pitfalls = pitfalls.ok ? pitfalls.data : null;
  state.rules = rules.ok ? rules.data : null;
  document.documentElement.lang = lang;
  document.title = state.t('page.title');
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = state.t(node.dataset.t);
  renderLanguages();
  renderTools();
  incidentForm.render(state.model, state.t, state.guide);
  if (state.hasResult) await submit(false);
  if (focusSwitch) document.getElementById(`lang-${lang}`)?.focus();
  document.body.dataset.ready = lang; // For the browser tests: the page is drawn in this language.
}

function renderLanguages() {
  const nav = document.getElementById('languages');
  nav.setAttribute('aria-label', state.t('lang.label'));
  clear(nav).append(...languages.map(lang => el('button', {
    type: 'button', id: `lang-${lang}`, lang, 'aria-pressed': String(lang === state.lang), class: 'lang',
    onclick: () => { if (lang !== state.lang) setLanguage(lang, true); },
  }, state.t(`lang.${lang}`))));
}

function renderTools() {
  const { t } = state;
  const tools = document.getElementById('tools');
  clear(tools).append(
    el('h2', { id: 'tools-heading', class: 'visually-hidden' }, t('tools.heading')),
    el('div', { class: 'tool-row' },
      el('div', { class: 'field' },
        el('label', { for: 'load-file' }, t('tools.load')),
        el('p', { class: 'hint', id: 'load-file-hint' }, t('tools.loadHint')),
        el('input', { type: 'file', id: 'load-file', accept: 'application/json,.json', 'aria-describedby': 'load-file-hint', onchange: e => loadFile(e.target) })),
      el('div', { class: 'buttons' },
        el('button', { type: 'button', class: 'secondary', id: 'save-json', onclick: saveJson }, t('tools.save')),
        el('button', { type: 'button', class: 'secondary', id: 'start-again', onclick: startAgain }, t('tools.clear')))),
    el('div', { class: 'row' }, ...['reference', 'author'].map(key => el('div', { class: 'field' },
      el('label', { for: `case-${key}` }, t(`tools.${key}`)),
      el('input', { type: 'text', id: `case-${key}`, value: state.caseFile[key], autocomplete: 'off',
        oninput: e => { state.caseFile[key] = e.target.value; markStale(); } })))),
    el('p', { class: 'status', id: 'tools-status', role: 'status' }, statusText()));
}

// The status line is kept as text keys (or a function of the texts), not text, so that it follows a change of language.
function setStatus(...parts) {
  state.status = parts.filter(Boolean);
  document.getElementById('tools-status').textContent = statusText();
}

function statusText() {
  return state.status.map(part => (typeof part === 'function' ? part(state.t) : state.t(...part))).join(' ');
}

function hideResult() {
  state.hasResult = false;
  clear(result).hidden = true;
}

async function loadFile(input) {
  const file = input.files?.[0];
  if (!file) return;
  try {
    const { model, notLoaded } = fromIncident(JSON.parse(await file.text()));
    state.model = model;
    hideResult();
    incidentForm.render(state.model, state.t, state.guide);
    setStatus(['tools.loaded', file.name], notLoaded.length > 0
      && (t => t('tools.ignored', notLoaded.map(({ path, reason }) => `${path} (${t(reason)})`).join('; '))));
  } catch (error) {
    setStatus([error instanceof SyntaxError ? 'tools.notJson' : 'tools.notIncident']);
  }
  input.value = '';
}

function saveJson() {
  const { incident } = toIncident(state.model);
  const blob = new Blob([`${JSON.stringify(incident, null, 2)}\n`], { type: 'application/json' });
  const link = el('a', { href: URL.createObjectURL(blob), download: 'incident.json', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function startAgain() {
  state.model = emptyIncident();
  state.caseFile = { reference: '', author: '' };
  renderTools();
  hideResult();
  clearErrors(form);
  incidentForm.render(state.model, state.t, state.guide);
  setStatus();
  document.getElementById('f-jurisdiction-flanders')?.focus();
}

async function submit(moveFocus) {
  if (state.busy) return;
  state.busy = true;
  const button = document.getElementById('assess');
  button.setAttribute('aria-disabled', 'true');
  button.textContent = state.t('submit.busy');
  try {
    const { incident, slots } = toIncident(state.model);
    const response = await api.assess(incident, state.lang);
    if (!response.ok) {
      hideResult();
      if (response.status === 400 && Array.isArray(response.data?.errors)) showErrors(form, response.data.errors, slots, state.t, state.lang);
      else showGeneralError(form, response.status === 0 ? state.t('errors.network') : state.t('errors.general', response.data?.title ?? response.status), state.t);
      answered();
      return;
    }
    clearErrors(form);
    const examples = await api.closestExamples(incident, state.lang);
    renderResult(result, {
      incident, assessment: response.data, examples: examples.ok ? examples.data : null,
      pitfalls: state.pitfalls, guide: state.guide, rules: state.rules, assessedAt: new Date(), caseFile: state.caseFile,
    }, state.t, state.lang);
    document.getElementById('print').addEventListener('click', () => window.print());
    state.hasResult = true;
    answered();
    if (moveFocus) document.getElementById('result-heading').focus();
  } finally {
    state.busy = false;
    button.removeAttribute('aria-disabled');
    button.textContent = state.t('submit.assess');
  }
}

form.addEventListener('submit', e => {
  e.preventDefault();
  submit(true);
});
document.getElementById('skip').addEventListener('click', e => {
  e.preventDefault(); // Focus moves; the address stays as it is.
  form.querySelector('input, select, textarea')?.focus();
});

setLanguage(state.lang, false);
