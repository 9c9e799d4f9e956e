// The incident as the form holds it, and its JSON in the library's contract. People are referred to by position inside
// the form, so renaming a person's code never breaks a behaviour; the JSON names them by their codes.
export const JURISDICTIONS = ['flanders', 'netherlands'];
export const SETTINGS = ['school', 'youthWork', 'sport', 'workplace', 'family', 'care', 'disabilityCare', 'online', 'other'];
export const CRITERIA = ['consent', 'voluntariness', 'equality', 'development', 'context', 'impact'];
export const FLAGS = ['green', 'yellow', 'red', 'black'];
export const INTIMACY = ['handsOn', 'handsOff'];
export const RELATIONS = ['peer', 'family', 'partner', 'professional', 'colleague', 'client', 'other'];
export const BASES = ['intimacy', 'frequency', 'awareness', 'unsafeContext', 'organisationRule'];
export const FACTORS = ['repeatedAfterCorrection', 'priorSeriousAddressed', 'awareAtTheTime', 'distributesImages'];

export function newPerson(number) {
  return { id: `p${number}`, ageYears: '', hasDisability: false, lowFunctioning: false };
}

export function newBehaviour(number, actor) {
  return {
    id: `b${number}`,
    actor,
    affected: [],
    description: '',
    criteria: Object.fromEntries(CRITERIA.map(c => [c, 'unknown'])),
    intimacy: '',
    relation: '',
    repeatedAfterCorrection: false,
    priorSeriousAddressed: false,
    awareAtTheTime: false,
    distributesImages: false,
    labels: '',
    override: { on: false, flag: '', basis: '', reason: '' },
  };
}

export function emptyIncident() {
  return {
    jurisdiction: 'flanders',
    setting: 'school',
    occurredYearsAgo: '0',
    involvesSexting: false,
    people: [newPerson(1), newPerson(2)],
    behaviours: [newBehaviour(1, 0)],
  };
}

// The id of the element that holds a field and its error message.
export const slot = (...parts) => ['w', ...parts].join('-');

function number(text) {
  const trimmed = String(text).trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed; // Not a number: sent as typed, so the library names the problem.
}

// The incident JSON, sending only what was given (defaults left out, as in the shipped cases), and for every JSON path
// that can appear in an error the slot of the field that shows it.
export function toIncident(model) {
  const slots = new Map([['$', 'incident-form'], ['$.jurisdiction', slot('jurisdiction')], ['$.setting', slot('setting')],
    ['$.occurredYearsAgo', slot('occurredYearsAgo')], ['$.involvesSexting', slot('involvesSexting')],
    ['$.people', slot('people')], ['$.behaviours', slot('behaviours')]]);
  const incident = { jurisdiction: model.jurisdiction, setting: model.setting };
  const years = number(model.occurredYearsAgo);
  if (years !== undefined && years !== 0) incident.occurredYearsAgo = years;
  if (model.involvesSexting) incident.involvesSexting = true;

  incident.people = model.people.map((person, i) => {
    const at = `$.people[${i}]`;
    slots.set(at, slot('people', i));
    for (const field of ['id', 'ageYears', 'hasDisability', 'lowFunctioning']) slots.set(`${at}.${field}`, slot('people', i, field));
    const json = { id: person.id };
    const age = number(person.ageYears);
    if (age !== undefined) json.ageYears = age;
    if (person.hasDisability) json.hasDisability = true;
    if (person.lowFunctioning) json.lowFunctioning = true;
    return json;
  });

  incident.behaviours = model.behaviours.map((behaviour, i) => {
    const at = `$.behaviours[${i}]`;
    slots.set(at, slot('behaviours', i));
    for (const field of ['id', 'actorId', 'description', 'intimacy', 'relation', 'labels', ...FACTORS]) {
      slots.set(`${at}.${field}`, slot('behaviours', i, field === 'actorId' ? 'actor' : field));
    }
    slots.set(`${at}.affectedIds`, slot('behaviours', i, 'affected'));
    slots.set(`${at}.criteria`, slot('behaviours', i, 'criteria'));
    for (const criterion of CRITERIA) slots.set(`${at}.criteria.${criterion}`, slot('behaviours', i, 'criteria', criterion));
    slots.set(`${at}.override`, slot('behaviours', i, 'override'));
    for (const field of ['flag', 'basis', 'reason']) slots.set(`${at}.override.${field}`, slot('behaviours', i, 'override', field));

    const json = { id: behaviour.id, actorId: model.people[behaviour.actor]?.id ?? '' };
    const affected = [...behaviour.affected].sort((a, b) => a - b).filter(p => p < model.people.length);
    json.affectedIds = affected.map((p, j) => {
      slots.set(`${at}.affectedIds[${j}]`, slot('behaviours', i, 'affected', p));
      return model.people[p].id;
    });
    if (behaviour.description.trim() !== '') json.description = behaviour.description;
    json.criteria = { ...behaviour.criteria };
    if (behaviour.intimacy) json.intimacy = behaviour.intimacy;
    if (behaviour.relation) json.relation = behaviour.relation;
    for (const factor of FACTORS) if (behaviour[factor]) json[factor] = true;
    const labels = behaviour.labels.split(',').map(l => l.trim()).filter(l => l !== '');
    if (labels.length > 0) json.labels = labels;
    if (behaviour.override.on) {
      const { flag, basis, reason } = behaviour.override;
      json.override = {};
      if (flag) json.override.flag = flag;
      if (basis) json.override.basis = basis;
      if (reason.trim() !== '') json.override.reason = reason;
    }
    return json;
  });
  return { incident, slots };
}

const known = {
  incident: ['jurisdiction', 'setting', 'occurredYearsAgo', 'involvesSexting', 'people', 'behaviours'],
  person: ['id', 'ageYears', 'hasDisability', 'lowFunctioning'],
  behaviour: ['id', 'actorId', 'affectedIds', 'description', 'criteria', 'intimacy', 'relation', 'labels', 'override', ...FACTORS],
  override: ['flag', 'basis', 'reason'],
};

function unknownKeys(object, allowed, at, ignored) {
  for (const key of Object.keys(object ?? {})) if (!allowed.includes(key)) ignored.push(`${at}.${key}`);
}

const text = value => (value === undefined || value === null ? '' : String(value));

// Reads an incident file into the form. What the form has no place for is listed, never silently dropped.
export function fromIncident(json) {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('not a JSON object');
  const ignored = [];
  unknownKeys(json, known.incident, '$', ignored);
  const model = emptyIncident();
  model.jurisdiction = text(json.jurisdiction ?? 'flanders');
  model.setting = text(json.setting ?? 'school');
  model.occurredYearsAgo = text(json.occurredYearsAgo ?? 0);
  model.involvesSexting = json.involvesSexting === true;
  const people = Array.isArray(json.people) ? json.people : [];
  model.people = people.map((p, i) => {
    unknownKeys(p, known.person, `$.people[${i}]`, ignored);
    return { id: text(p?.id), ageYears: text(p?.ageYears), hasDisability: p?.hasDisability === true, lowFunctioning: p?.lowFunctioning === true };
  });
  const indexOf = id => model.people.findIndex(p => p.id === id);
  const behaviours = Array.isArray(json.behaviours) ? json.behaviours : [];
  model.behaviours = behaviours.map((b, i) => {
    const at = `$.behaviours[${i}]`;
    unknownKeys(b, known.behaviour, at, ignored);
    unknownKeys(b?.override, known.override, `${at}.override`, ignored);
    const behaviour = newBehaviour(i + 1, null);
    behaviour.id = text(b?.id);
    const actor = indexOf(b?.actorId);
    behaviour.actor = actor >= 0 ? actor : null;
    if (actor < 0 && b?.actorId !== undefined) ignored.push(`${at}.actorId`);
    behaviour.affected = (Array.isArray(b?.affectedIds) ? b.affectedIds : []).map(indexOf).filter(p => p >= 0);
    behaviour.description = text(b?.description);
    for (const criterion of CRITERIA) behaviour.criteria[criterion] = text(b?.criteria?.[criterion] ?? 'unknown');
    behaviour.intimacy = text(b?.intimacy);
    behaviour.relation = text(b?.relation);
    for (const factor of FACTORS) behaviour[factor] = b?.[factor] === true;
    behaviour.labels = Array.isArray(b?.labels) ? b.labels.join(', ') : '';
    if (b?.override) {
      behaviour.override = { on: true, flag: text(b.override.flag), basis: text(b.override.basis), reason: text(b.override.reason) };
    }
    return behaviour;
  });
  return { model, ignored };
}
