// The incident as the form holds it, and its JSON in the library's contract. People are referred to by position inside
// the form, so renaming a person's code never breaks a behaviour; the JSON names them by their codes.
export const JURISDICTIONS = ['flanders', 'netherlands'];
export const SETTINGS = ['school', 'youthWork', 'sport', 'workplace', 'family', 'care', 'disabilityCare', 'online', 'other'];
export const CRITERIA = ['consent', 'voluntariness', 'equality', 'development', 'context', 'impact'];
export const FLAGS = ['green', 'yellow', 'red', 'black'];
export const INTIMACY = ['handsOn', 'handsOff'];
export const RELATIONS = ['peer', 'family', 'partner', 'professional', 'colleague', 'client', 'other'];
export const BASES = ['intimacy', 'frequency', 'awareness', 'combination', 'unsafeContext', 'organisationRule'];
export const FACTORS = ['repeated', 'priorSeriousAddressed', 'awareAtTheTime', 'distributesImages'];

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
    repeated: false,
    priorSeriousAddressed: false,
    awareAtTheTime: false,
    distributesImages: false,
    labels: '',
    override: { on: false, flag: '', basis: '', reason: '' },
  };
}

// An earlier behaviour from the case file: whose (a person's position in the form), when, its flag then, whether it
// was addressed, and its kind as labels.
export function newHistoryEntry(number, person) {
  return { id: `h${number}`, person, occurredOn: '', flag: '', addressed: false, labels: '' };
}

export function emptyIncident() {
  return {
    jurisdiction: 'flanders',
    setting: 'school',
    occurredYearsAgo: '0',
    involvesSexting: false,
    people: [newPerson(1), newPerson(2)],
    behaviours: [newBehaviour(1, 0)],
    history: [],
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
    ['$.people', slot('people')], ['$.behaviours', slot('behaviours')], ['$.history', slot('history')]]);
  const incident = {};
  if (model.jurisdiction !== '') incident.jurisdiction = model.jurisdiction;
  if (model.setting !== '') incident.setting = model.setting;
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

    const json = { id: behaviour.id };
    if (behaviour.actor !== null && model.people[behaviour.actor]) json.actorId = model.people[behaviour.actor].id;
    const affected = [...behaviour.affected].sort((a, b) => a - b).filter(p => p < model.people.length);
    json.affectedIds = affected.map((p, j) => {
      slots.set(`${at}.affectedIds[${j}]`, slot('behaviours', i, 'affected', p));
      return model.people[p].id;
    });
    if (behaviour.description !== '') json.description = behaviour.description;
    // Only the criteria that were rated (a loaded file may leave some out, or have no criteria at all).
    const rated = CRITERIA.filter(c => behaviour.criteria[c] !== '');
    if (behaviour.hasCriteria !== false || rated.length > 0) json.criteria = Object.fromEntries(rated.map(c => [c, behaviour.criteria[c]]));
    if (behaviour.intimacy) json.intimacy = behaviour.intimacy;
    if (behaviour.relation) json.relation = behaviour.relation;
    for (const factor of FACTORS) if (behaviour[factor]) json[factor] = true;
    // A file that said it with version 2's name says it so again; one that gave both keeps both, for the library to check.
    if (behaviour.oldName && json.repeated) {
      delete json.repeated;
      json.repeatedAfterCorrection = true;
    }
    if (behaviour.loadedOld !== undefined) json.repeatedAfterCorrection = behaviour.loadedOld;
    if (behaviour.loadedLabels && behaviour.loadedLabels.text === behaviour.labels) {
      json.labels = behaviour.loadedLabels.list; // As the file had them, until the field is edited.
    } else {
      const labels = behaviour.labels.split(',').map(l => l.trim()).filter(l => l !== '');
      if (labels.length > 0) json.labels = labels;
    }
    if (behaviour.override.on) {
      const { flag, basis, reason } = behaviour.override;
      json.override = {};
      if (flag) json.override.flag = flag;
      if (basis) json.override.basis = basis;
      if (reason !== '') json.override.reason = reason;
    }
    return json;
  });
  if (model.history.length > 0) {
    incident.history = model.history.map((entry, i) => {
      const at = `$.history[${i}]`;
      slots.set(at, slot('history', i));
      for (const field of ['id', 'occurredOn', 'flag', 'addressed', 'labels']) slots.set(`${at}.${field}`, slot('history', i, field));
      slots.set(`${at}.personId`, slot('history', i, 'person'));
      const json = { id: entry.id, personId: model.people[entry.person]?.id ?? '', occurredOn: entry.occurredOn };
      if (entry.flag) json.flag = entry.flag;
      if (entry.addressed) json.addressed = true;
      if (entry.loadedLabels && entry.loadedLabels.text === entry.labels) {
        json.labels = entry.loadedLabels.list;
      } else {
        const labels = entry.labels.split(',').map(l => l.trim()).filter(l => l !== '');
        if (labels.length > 0) json.labels = labels;
      }
      return json;
    });
  }
  return { incident, slots };
}

const known = {
  incident: ['jurisdiction', 'setting', 'occurredYearsAgo', 'involvesSexting', 'people', 'behaviours', 'history'],
  person: ['id', 'ageYears', 'hasDisability', 'lowFunctioning'],
  behaviour: ['id', 'actorId', 'affectedIds', 'description', 'criteria', 'intimacy', 'relation', 'labels', 'override', 'repeatedAfterCorrection', ...FACTORS],
  override: ['flag', 'basis', 'reason'],
  history: ['id', 'personId', 'occurredOn', 'flag', 'addressed', 'labels'],
};

const isObject = value => value !== null && typeof value === 'object' && !Array.isArray(value);

// Reads an incident file into the form, exactly as it is: nothing is trimmed, split, defaulted or converted. What the form
// cannot hold is not loaded and is listed with its JSON path and the reason (a key of the page's texts), never dropped in
// silence: a property the form has no field for, a value of the wrong kind, an id that names no person. A value the form
// does not offer (an unknown flag, say) is loaded as it is, so that the library names the problem.
export function fromIncident(json) {
  if (!isObject(json)) throw new Error('not a JSON object');
  const notLoaded = [];
  const skip = (path, reason) => notLoaded.push({ path, reason });
  const unknownKeys = (object, allowed, at) => {
    for (const key of Object.keys(object)) if (!allowed.includes(key)) skip(`${at}.${key}`, 'load.noField');
  };
  // A value of the kind the form holds, or the fallback (nothing given) with the part listed when something else was there.
  const take = (object, key, at, kind, fallback) => {
    const value = object[key];
    if (value === undefined) return fallback;
    if (typeof value === kind) return kind === 'boolean' ? value : String(value);
    skip(`${at}.${key}`, { string: 'load.notText', number: 'load.notNumber', boolean: 'load.notBoolean' }[kind]);
    return fallback;
  };
  const list = (object, key, at) => {
    const value = object[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    skip(`${at}.${key}`, 'load.notList');
    return [];
  };

  unknownKeys(json, known.incident, '$');
  const model = emptyIncident();
  model.jurisdiction = take(json, 'jurisdiction', '$', 'string', '');
  model.setting = take(json, 'setting', '$', 'string', '');
  model.occurredYearsAgo = take(json, 'occurredYearsAgo', '$', 'number', '');
  model.involvesSexting = take(json, 'involvesSexting', '$', 'boolean', false);

  model.people = [];
  list(json, 'people', '$').forEach((p, i) => {
    const at = `$.people[${i}]`;
    if (!isObject(p)) { skip(at, 'load.notObject'); return; }
    unknownKeys(p, known.person, at);
    model.people.push({
      id: take(p, 'id', at, 'string', ''),
      ageYears: take(p, 'ageYears', at, 'number', ''),
      hasDisability: take(p, 'hasDisability', at, 'boolean', false),
      lowFunctioning: take(p, 'lowFunctioning', at, 'boolean', false),
    });
  });

  const indexOf = id => (typeof id === 'string' ? model.people.findIndex(p => p.id === id) : -1);
  model.behaviours = [];
  list(json, 'behaviours', '$').forEach((b, i) => {
    const at = `$.behaviours[${i}]`;
    if (!isObject(b)) { skip(at, 'load.notObject'); return; }
    unknownKeys(b, known.behaviour, at);
    const behaviour = newBehaviour(model.behaviours.length + 1, null);
    behaviour.id = take(b, 'id', at, 'string', '');
    if (b.actorId !== undefined) {
      const actor = indexOf(b.actorId);
      if (actor >= 0) behaviour.actor = actor;
      else skip(`${at}.actorId`, typeof b.actorId === 'string' ? 'load.noSuchPerson' : 'load.notText');
    }
    behaviour.affected = [];
    list(b, 'affectedIds', at).forEach((id, j) => {
      const person = indexOf(id);
      if (person >= 0) behaviour.affected.push(person);
      else skip(`${at}.affectedIds[${j}]`, typeof id === 'string' ? 'load.noSuchPerson' : 'load.notText');
    });
    behaviour.description = take(b, 'description', at, 'string', '');
    // A criterion the file does not name stays unnamed (no choice made), so that the library says it is missing.
    behaviour.hasCriteria = b.criteria !== undefined && isObject(b.criteria);
    if (b.criteria !== undefined && !isObject(b.criteria)) skip(`${at}.criteria`, 'load.notObject');
    const criteria = behaviour.hasCriteria ? b.criteria : {};
    unknownKeys(criteria, CRITERIA, `${at}.criteria`);
    for (const criterion of CRITERIA) behaviour.criteria[criterion] = take(criteria, criterion, `${at}.criteria`, 'string', '');
    behaviour.intimacy = take(b, 'intimacy', at, 'string', '');
    behaviour.relation = take(b, 'relation', at, 'string', '');
    for (const factor of FACTORS) behaviour[factor] = take(b, factor, at, 'boolean', false);
    // Version 2's name means repeated: alone it fills the box (and is saved under that name again); given with repeated,
    // it is kept as it is, so that the library says whether the two agree.
    if (b.repeatedAfterCorrection !== undefined) {
      if (b.repeated === undefined) {
        behaviour.repeated = take(b, 'repeatedAfterCorrection', at, 'boolean', false);
        behaviour.oldName = true;
      } else {
        behaviour.loadedOld = take(b, 'repeatedAfterCorrection', at, 'boolean', undefined);
      }
    }
    // Labels are kept as the file has them (commas, spaces and all); the field shows them, and only an edit of it splits anew.
    const labels = list(b, 'labels', at).filter((label, j) => typeof label === 'string' || (skip(`${at}.labels[${j}]`, 'load.notText'), false));
    behaviour.labels = labels.join(', ');
    if (b.labels !== undefined && Array.isArray(b.labels)) behaviour.loadedLabels = { text: behaviour.labels, list: labels };
    if (b.override !== undefined) {
      if (isObject(b.override)) {
        unknownKeys(b.override, known.override, `${at}.override`);
        const o = b.override;
        behaviour.override = { on: true, flag: take(o, 'flag', `${at}.override`, 'string', ''), basis: take(o, 'basis', `${at}.override`, 'string', ''), reason: take(o, 'reason', `${at}.override`, 'string', '') };
      } else {
        skip(`${at}.override`, 'load.notObject');
      }
    }
    model.behaviours.push(behaviour);
  });

  model.history = [];
  list(json, 'history', '$').forEach((h, i) => {
    const at = `$.history[${i}]`;
    if (!isObject(h)) { skip(at, 'load.notObject'); return; }
    unknownKeys(h, known.history, at);
    const entry = newHistoryEntry(model.history.length + 1, null);
    entry.id = take(h, 'id', at, 'string', '');
    if (h.personId !== undefined) {
      const person = indexOf(h.personId);
      if (person >= 0) entry.person = person;
      else skip(`${at}.personId`, typeof h.personId === 'string' ? 'load.noSuchPerson' : 'load.notText');
    }
    entry.occurredOn = take(h, 'occurredOn', at, 'string', '');
    entry.flag = take(h, 'flag', at, 'string', '');
    entry.addressed = take(h, 'addressed', at, 'boolean', false);
    const labels = list(h, 'labels', at).filter((label, j) => typeof label === 'string' || (skip(`${at}.labels[${j}]`, 'load.notText'), false));
    entry.labels = labels.join(', ');
    if (Array.isArray(h.labels)) entry.loadedLabels = { text: entry.labels, list: labels };
    model.history.push(entry);
  });
  return { model, notLoaded };
}
