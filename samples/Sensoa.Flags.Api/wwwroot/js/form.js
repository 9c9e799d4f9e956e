import { el, clear, flagBadge } from './dom.js';
import { JURISDICTIONS, SETTINGS, CRITERIA, FLAGS, INTIMACY, RELATIONS, BASES, FACTORS, newPerson, newBehaviour, newHistoryEntry, slot } from './model.js';

const control = (...parts) => ['f', ...parts].join('-');

// The form, drawn from the model; every control writes back into the model through its data-bind path.
export class IncidentForm {
  constructor(form, { onChange }) {
    this.form = form;
    this.onChange = onChange;
    form.addEventListener('input', e => this.#write(e.target));
    form.addEventListener('change', e => this.#changed(e.target));
  }

  render(model, t, guide) {
    Object.assign(this, { model, t, guide });
    const active = document.activeElement?.id;
    clear(this.form);
    this.people = el('section', { id: slot('people'), class: 'section', 'aria-labelledby': 'people-heading' });
    this.behaviours = el('section', { id: slot('behaviours'), class: 'section', 'aria-labelledby': 'behaviours-heading' });
    this.history = el('section', { id: slot('history'), class: 'section', 'aria-labelledby': 'history-heading' });
    this.form.append(
      el('div', { class: 'error-summary', id: 'error-summary', hidden: true, tabindex: '-1', role: 'alert' }),
      this.#incident(), this.people, this.behaviours, this.history,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'assess' }, t('submit.assess'))));
    this.#renderPeople();
    this.#renderBehaviours();
    this.#renderHistory();
    if (active) document.getElementById(active)?.focus();
  }

  // Earlier behaviours from the case file: about what someone did then, never who they are (the intro says so).
  #renderHistory() {
    const { model, t } = this;
    clear(this.history).append(
      el('h2', { id: 'history-heading' }, t('history.heading')),
      el('p', { class: 'hint' }, t('history.intro')),
      ...model.history.map((entry, i) => this.#historyEntry(entry, i)),
      el('button', { type: 'button', class: 'secondary', id: 'add-history', onclick: () => this.#addHistory() }, t('history.add')));
  }

  #historyEntry(entry, i) {
    const { model, t } = this;
    const at = `history.${i}`;
    const people = model.people.map((_, p) => [String(p), this.#personName(p)]);
    const personOptions = [...(entry.person === null ? [['', t('override.choose')]] : []), ...people];
    return el('fieldset', { class: 'card', id: slot('history', i) },
      el('legend', {}, t('history.legend', i + 1)),
      el('div', { class: 'row' },
        input(slot('history', i, 'id'), control('history', i, 'id'), t('history.id'), `${at}.id`, entry.id, { type: 'text', autocomplete: 'off', spellcheck: 'false' }),
        select(slot('history', i, 'person'), control('history', i, 'person'), t('history.person'), `${at}.person`,
          personOptions.map(([value, label]) => ({ value, label, selected: value === String(entry.person ?? '') })), { 'data-kind': 'index' })),
      el('div', { class: 'row' },
        input(slot('history', i, 'occurredOn'), control('history', i, 'occurredOn'), t('history.occurredOn'), `${at}.occurredOn`, entry.occurredOn, { type: 'date' }),
        select(slot('history', i, 'flag'), control('history', i, 'flag'), t('history.flag'), `${at}.flag`,
          options(['', ...FLAGS], entry.flag, v => (v ? t(`flag.${v}`) : t('override.choose'))))),
      checkbox(slot('history', i, 'addressed'), control('history', i, 'addressed'), t('history.addressed'), `${at}.addressed`, entry.addressed),
      input(slot('history', i, 'labels'), control('history', i, 'labels'), t('history.labels'), `${at}.labels`, entry.labels, { type: 'text', autocomplete: 'off' }),
      el('button', { type: 'button', class: 'secondary', id: control('history', i, 'remove'), onclick: () => this.#removeHistory(i) },
        t('history.remove', entry.id || i + 1)));
  }

  #addHistory() {
    this.model.history.push(newHistoryEntry(this.model.history.length + 1, this.model.people.length > 0 ? 0 : null));
    this.#renderHistory();
    document.getElementById(control('history', this.model.history.length - 1, 'id'))?.focus();
    this.onChange();
  }

  #removeHistory(i) {
    this.model.history.splice(i, 1);
    this.#renderHistory();
    document.getElementById('add-history')?.focus();
    this.onChange();
  }

  #incident() {
    const { model, t } = this;
    return el('section', { class: 'section', 'aria-labelledby': 'incident-heading' },
      el('h2', { id: 'incident-heading' }, t('incident.heading')),
      radios(slot('jurisdiction'), t('incident.jurisdiction'), 'jurisdiction', JURISDICTIONS, model.jurisdiction, v => t(`jurisdiction.${v}`)),
      select(slot('setting'), control('setting'), t('incident.setting'), 'setting', options(SETTINGS, model.setting, v => (v ? t(`setting.${v}`) : t('load.notGiven')))),
      input(slot('occurredYearsAgo'), control('occurredYearsAgo'), t('incident.occurredYearsAgo'), 'occurredYearsAgo', model.occurredYearsAgo,
        { type: 'number', min: '0', step: 'any', inputmode: 'decimal' }, t('incident.occurredYearsAgoHint')),
      checkbox(slot('involvesSexting'), control('involvesSexting'), t('incident.involvesSexting'), 'involvesSexting', model.involvesSexting));
  }

  #renderPeople() {
    const { model, t } = this;
    clear(this.people).append(
      el('h2', { id: 'people-heading' }, t('people.heading')),
      el('p', { class: 'hint' }, t('people.intro')),
      ...model.people.map((person, i) => el('fieldset', { class: 'card', id: slot('people', i) },
        el('legend', {}, t('person.legend', i + 1)),
        el('div', { class: 'row' },
          input(slot('people', i, 'id'), control('people', i, 'id'), t('person.id'), `people.${i}.id`, person.id,
            { type: 'text', autocomplete: 'off', spellcheck: 'false', 'data-rename': 'person' }, i === 0 ? t('person.idHint') : null),
          input(slot('people', i, 'ageYears'), control('people', i, 'ageYears'), t('person.age'), `people.${i}.ageYears`, person.ageYears,
            { type: 'number', min: '0', step: 'any', inputmode: 'decimal' })),
        checkbox(slot('people', i, 'hasDisability'), control('people', i, 'hasDisability'), t('person.hasDisability'), `people.${i}.hasDisability`, person.hasDisability),
        checkbox(slot('people', i, 'lowFunctioning'), control('people', i, 'lowFunctioning'), t('person.lowFunctioning'), `people.${i}.lowFunctioning`, person.lowFunctioning),
        el('button', { type: 'button', class: 'secondary', id: control('people', i, 'remove'), onclick: () => this.#removePerson(i) },
          t('person.remove', this.#personName(i))))),
      el('button', { type: 'button', class: 'secondary', id: 'add-person', onclick: () => this.#addPerson() }, t('person.add')));
  }

  #renderBehaviours() {
    const { model, t } = this;
    clear(this.behaviours).append(
      el('h2', { id: 'behaviours-heading' }, t('behaviours.heading')),
      el('p', { class: 'hint' }, t('behaviours.intro')),
      ...model.behaviours.map((b, i) => this.#behaviour(b, i)),
      el('button', { type: 'button', class: 'secondary', id: 'add-behaviour', onclick: () => this.#addBehaviour() }, t('behaviour.add')));
  }

  #behaviour(b, i) {
    const { model, t } = this;
    const at = `behaviours.${i}`;
    const people = model.people.map((_, p) => [String(p), this.#personName(p)]);
    const actorOptions = [...(b.actor === null ? [['', t('override.choose')]] : []), ...people];
    const others = model.people.map((_, p) => p).filter(p => p !== b.actor);
    const override = b.override;
    return el('fieldset', { class: 'card behaviour', id: slot('behaviours', i) },
      el('legend', {}, t('behaviour.legend', i + 1)),
      el('div', { class: 'row' },
        input(slot('behaviours', i, 'id'), control('behaviours', i, 'id'), t('behaviour.id'), `${at}.id`, b.id, { type: 'text', autocomplete: 'off', spellcheck: 'false' }),
        select(slot('behaviours', i, 'actor'), control('behaviours', i, 'actor'), t('behaviour.actor'), `${at}.actor`,
          actorOptions.map(([value, label]) => ({ value, label, selected: value === String(b.actor ?? '') })), { 'data-kind': 'index', 'data-redraw': 'behaviours' })),
      el('fieldset', { class: 'group', id: slot('behaviours', i, 'affected') },
        el('legend', {}, t('behaviour.affected')),
        others.length === 0 ? el('p', { class: 'hint' }, t('behaviour.affectedNone')) : null,
        ...others.map(p => checkbox(slot('behaviours', i, 'affected', p), control('behaviours', i, 'affected', p), this.#personName(p),
          `${at}.affected`, b.affected.includes(p), { 'data-kind': 'member', value: String(p) }))),
      textarea(slot('behaviours', i, 'description'), control('behaviours', i, 'description'), t('behaviour.description'), `${at}.description`, b.description),
      this.#criteria(b, i),
      el('fieldset', { class: 'group', id: slot('behaviours', i, 'factors') },
        el('legend', {}, t('factors.legend')),
        select(slot('behaviours', i, 'intimacy'), control('behaviours', i, 'intimacy'), t('factors.intimacy'), `${at}.intimacy`,
          options(['', ...INTIMACY], b.intimacy, v => t(v ? `intimacy.${v}` : 'intimacy.none'))),
        select(slot('behaviours', i, 'relation'), control('behaviours', i, 'relation'), t('factors.relation'), `${at}.relation`,
          options(['', ...RELATIONS], b.relation, v => t(v ? `relation.${v}` : 'relation.none'))),
        ...FACTORS.map(f => checkbox(slot('behaviours', i, f), control('behaviours', i, f), t(`factors.${f}`), `${at}.${f}`, b[f])),
        input(slot('behaviours', i, 'labels'), control('behaviours', i, 'labels'), t('factors.labels'), `${at}.labels`, b.labels, { type: 'text', autocomplete: 'off' })),
      el('fieldset', { class: 'group', id: slot('behaviours', i, 'override') },
        el('legend', {}, t('override.legend')),
        el('p', { class: 'hint', id: control('behaviours', i, 'override', 'hint') }, t('override.hint')),
        checkbox(slot('behaviours', i, 'override', 'on'), control('behaviours', i, 'override', 'on'), t('override.on'), `${at}.override.on`, override.on,
          { 'aria-controls': control('behaviours', i, 'override', 'details'), 'aria-expanded': String(override.on), 'data-toggle': control('behaviours', i, 'override', 'details'),
            'aria-describedby': control('behaviours', i, 'override', 'hint') }),
        el('div', { id: control('behaviours', i, 'override', 'details'), hidden: !override.on },
          select(slot('behaviours', i, 'override', 'flag'), control('behaviours', i, 'override', 'flag'), t('override.flag'), `${at}.override.flag`,
            options(['', ...FLAGS], override.flag, v => (v ? t(`flag.${v}`) : t('override.choose')))),
          select(slot('behaviours', i, 'override', 'basis'), control('behaviours', i, 'override', 'basis'), t('override.basis'), `${at}.override.basis`,
            options(['', ...BASES], override.basis, v => (v ? t(`basis.${v}`) : t('override.choose')))),
          textarea(slot('behaviours', i, 'override', 'reason'), control('behaviours', i, 'override', 'reason'), t('override.reason'), `${at}.override.reason`, override.reason))),
      el('button', { type: 'button', class: 'secondary', id: control('behaviours', i, 'remove'), onclick: () => this.#removeBehaviour(i) },
        t('behaviour.remove', b.id || i + 1)));
  }

  #criteria(b, i) {
    const { t, guide } = this;
    return el('fieldset', { class: 'group criteria', id: slot('behaviours', i, 'criteria') },
      el('legend', {}, t('criteria.legend')),
      el('p', { class: 'hint' }, guide?.introduction ?? t('criteria.hint')),
      guide ? null : el('p', { class: 'hint' }, t('criteria.unavailable')),
      ...CRITERIA.map(criterion => {
        const described = guide?.criteria?.find(c => c.criterion === criterion);
        const name = described?.name ?? t(`criterion.${criterion}`);
        const levels = [...FLAGS, 'unknown'];
        if (b.criteria[criterion] !== '' && !levels.includes(b.criteria[criterion])) levels.push(b.criteria[criterion]); // A loaded file's odd value stays visible; a missing one, unchosen.
        return el('fieldset', { class: 'criterion', id: slot('behaviours', i, 'criteria', criterion) },
          el('legend', {}, name),
          ...levels.map(level => {
            const id = control('behaviours', i, 'criteria', criterion, level);
            const description = level === 'unknown' ? t('rating.unknownHint') : described?.levels?.find(l => l.flag === level)?.description;
            return el('div', { class: `level level-${level}` },
              el('input', { type: 'radio', id, name: control('behaviours', i, 'criteria', criterion), value: level,
                checked: b.criteria[criterion] === level, 'data-bind': `behaviours.${i}.criteria.${criterion}` }),
              el('label', { for: id }, flagBadge(FLAGS.includes(level) ? level : null, FLAGS.includes(level) ? t(`flag.${level}`) : level === 'unknown' ? t('rating.unknown') : level),
                description ? el('span', { class: 'level-description' }, description) : null));
          }));
      }));
  }

  #personName(p) {
    const id = this.model.people[p]?.id?.trim();
    return id ? id : this.t('person.unnamed', p + 1);
  }

  #addPerson() {
    this.model.people.push(newPerson(this.model.people.length + 1));
    this.#renderPeople();
    this.#renderBehaviours();
    this.#renderHistory();
    document.getElementById(control('people', this.model.people.length - 1, 'id'))?.focus();
    this.onChange();
  }

  #removePerson(i) {
    this.model.people.splice(i, 1);
    for (const b of this.model.behaviours) {
      b.actor = b.actor === i ? null : b.actor > i ? b.actor - 1 : b.actor;
      b.affected = b.affected.filter(p => p !== i).map(p => (p > i ? p - 1 : p));
    }
    for (const h of this.model.history) h.person = h.person === i ? null : h.person > i ? h.person - 1 : h.person;
    this.#renderPeople();
    this.#renderBehaviours();
    this.#renderHistory();
    document.getElementById('add-person')?.focus();
    this.onChange();
  }

  #addBehaviour() {
    this.model.behaviours.push(newBehaviour(this.model.behaviours.length + 1, this.model.people.length > 0 ? 0 : null));
    this.#renderBehaviours();
    document.getElementById(control('behaviours', this.model.behaviours.length - 1, 'id'))?.focus();
    this.onChange();
  }

  #removeBehaviour(i) {
    this.model.behaviours.splice(i, 1);
    this.#renderBehaviours();
    document.getElementById('add-behaviour')?.focus();
    this.onChange();
  }

  #write(target) {
    const path = target.dataset?.bind;
    if (!path) return;
    const keys = path.split('.');
    const last = keys.pop();
    const owner = keys.reduce((o, k) => o[k], this.model);
    const kind = target.dataset.kind;
    if (kind === 'member') {
      const p = Number(target.value);
      owner[last] = target.checked ? [...new Set([...owner[last], p])] : owner[last].filter(x => x !== p);
    } else if (target.type === 'checkbox') {
      owner[last] = target.checked;
    } else if (target.type === 'radio') {
      if (target.checked) owner[last] = target.value;
    } else if (kind === 'index') {
      owner[last] = target.value === '' ? null : Number(target.value);
    } else {
      owner[last] = target.value;
    }
    if (target.dataset.toggle) {
      document.getElementById(target.dataset.toggle).hidden = !target.checked;
      target.setAttribute('aria-expanded', String(target.checked));
    }
    this.onChange();
  }

  #changed(target) {
    this.#write(target);
    // A person's new code or a new actor changes the choices of the behaviours; the focused control is kept.
    if (target.dataset?.rename || target.dataset?.redraw) {
      const active = document.activeElement?.id;
      this.#renderBehaviours();
      if (target.dataset.rename) {
        this.#renderHistory();
        this.#renderPeopleLabels();
      }
      if (active) document.getElementById(active)?.focus();
    }
  }

  #renderPeopleLabels() {
    this.model.people.forEach((_, i) => {
      const button = document.getElementById(control('people', i, 'remove'));
      if (button) button.textContent = this.t('person.remove', this.#personName(i));
    });
  }
}

function options(values, selected, label) {
  const list = values.includes(selected) ? values : [...values, selected]; // A loaded file's odd value stays visible.
  return list.map(value => ({ value, label: label(value) ?? value, selected: value === selected }));
}

function described(attrs, id, hint) {
  return hint ? { ...attrs, 'aria-describedby': `${id}-hint` } : attrs;
}

function input(slotId, id, label, bind, value, attrs, hint = null) {
  return el('div', { class: 'field', id: slotId },
    el('label', { for: id }, label),
    hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    el('input', { ...described(attrs, id, hint), id, value, 'data-bind': bind }));
}

function textarea(slotId, id, label, bind, value) {
  const area = el('textarea', { id, rows: '2', 'data-bind': bind });
  area.value = value;
  return el('div', { class: 'field', id: slotId }, el('label', { for: id }, label), area);
}

function select(slotId, id, label, bind, choices, attrs = {}) {
  return el('div', { class: 'field', id: slotId },
    el('label', { for: id }, label),
    el('select', { ...attrs, id, 'data-bind': bind },
      ...choices.map(c => el('option', { value: c.value, selected: c.selected }, c.label))));
}

function checkbox(slotId, id, label, bind, checked, attrs = {}) {
  return el('div', { class: 'field check', id: slotId },
    el('input', { ...attrs, type: 'checkbox', id, checked, 'data-bind': bind }),
    el('label', { for: id }, label));
}

function radios(slotId, legend, bind, values, selected, label) {
  const list = values.includes(selected) || selected === '' ? values : [...values, selected]; // Not given: none chosen.
  return el('fieldset', { class: 'group inline', id: slotId },
    el('legend', {}, legend),
    ...list.map(value => {
      const id = control(bind, value);
      return el('span', { class: 'choice' },
        el('input', { type: 'radio', id, name: control(bind), value, checked: value === selected, 'data-bind': bind }),
        el('label', { for: id }, label(value) ?? value));
    }));
}
