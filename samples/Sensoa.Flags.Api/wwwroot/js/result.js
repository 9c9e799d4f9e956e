import { el, clear, flagBadge } from './dom.js';
import { CRITERIA, FACTORS } from './model.js';

// The result, in the order of the library's case-file report (the incident, then per behaviour its flags, criteria,
// facts, rules, override, considerations and responses, then the referrals), followed by the worked examples and the
// pitfalls. The same section is the print view.
export function renderResult(section, data, t, lang) {
  const { incident, assessment, examples, pitfalls, guide, rules, assessedAt, caseFile } = data;
  const flag = f => flagBadge(f, f ? t(`flag.${f}`) : t('flag.none'));
  const yesNo = b => t(b ? 'result.yes' : 'result.no');
  const criterionName = c => guide?.criteria?.find(x => x.criterion === c)?.name ?? t(`criterion.${c}`);
  const when = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(assessedAt);

  clear(section).append(
    el('div', { class: 'result-head' },
      el('h2', { id: 'result-heading', tabindex: '-1' }, t('result.heading')),
      el('button', { type: 'button', class: 'primary no-print', id: 'print' }, t('result.print'))),
    el('p', { class: 'stale no-print', id: 'stale', hidden: true, role: 'status' }, t('result.stale')),
    el('p', {}, t('result.intro')),
    el('p', { class: 'meta', id: 'case-meta' },
      caseFile?.reference.trim() ? [t('result.caseReference', caseFile.reference.trim()), el('br')] : null,
      caseFile?.author.trim() ? [t('result.author', caseFile.author.trim()), el('br')] : null,
      t('result.assessedAt', when, assessment.ruleSetVersion)),
    el('h3', {}, t('result.summary')),
    el('ul', { class: 'glance', id: 'glance' }, ...assessment.behaviours.map(b =>
      el('li', { 'data-behaviour': b.behaviourId },
        el('span', {}, t('result.behaviour', b.behaviourId, b.actorId)), ' ',
        b.override ? el('span', { class: 'meta' }, t(b.override.accepted ? 'result.glanceAccepted' : 'result.glanceRefused', t(`flag.${b.override.flag}`))) : null, ' ',
        flag(b.flag)))),
    incidentPart(incident, t, yesNo),
    ...assessment.behaviours.map((b, i) => behaviourPart(incident.behaviours.find(x => x.id === b.behaviourId) ?? incident.behaviours[i], b, {
      t, flag, yesNo, criterionName, guide, rules, jurisdiction: incident.jurisdiction })),
    referralsPart(assessment.referrals, t),
    examplesPart(examples, t, flag),
    pitfallsPart(pitfalls, t));
  section.hidden = false;
}

// What a fired rule or a consideration rests on, from GET /rules: nothing when the rule set could not be loaded.
function sourceLine(list, id, t) {
  return sourceSpan(list?.find(x => x.id === id)?.source, 'rule-source', t);
}

// A source as the library gives it (a published document and its part, or the library's own choice and why).
function sourceSpan(source, cssClass, t) {
  if (!source) return null;
  return el('span', { class: cssClass }, source.isLibrary ? t('result.ruleSourceLibrary', source.part) : t('result.ruleSource', source.document, source.part));
}

// A response's steps, each with what it rests on (the answer's stepDetails, in the same order as the steps).
function stepItems(response, t) {
  return response.steps.map((step, i) => {
    const detail = response.stepDetails?.[i];
    // A step of the reaction guide: its words are the library's (source), the guide is cited for its kind (kindSource).
    const kind = detail?.kindSource ? el('span', { class: 'kind-source' }, t('result.kindSource', detail.kindSource.document, detail.kindSource.part)) : null;
    return el('li', detail ? { 'data-kind': detail.kind } : {}, step, sourceSpan(detail?.source, 'step-source', t), kind);
  });
}

function dl(rows) {
  return el('dl', { class: 'fields' }, ...rows.filter(Boolean).flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function incidentPart(incident, t, yesNo) {
  return el('section', { class: 'part', 'aria-labelledby': 'result-incident' },
    el('h3', { id: 'result-incident' }, t('result.incident')),
    dl([
      [t('incident.jurisdiction'), t(`jurisdiction.${incident.jurisdiction}`)],
      [t('incident.setting'), t(`setting.${incident.setting}`)],
      [t('result.occurredYearsAgo'), String(incident.occurredYearsAgo ?? 0)],
      [t('result.involvesSexting'), yesNo(incident.involvesSexting)],
    ]),
    el('h4', {}, t('result.people')),
    el('div', { class: 'table-wrap' }, el('table', {},
      el('thead', {}, el('tr', {}, ...[t('result.person'), t('result.age'), t('person.hasDisability'), t('person.lowFunctioning')].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...incident.people.map(p => el('tr', {},
        el('th', { scope: 'row' }, p.id), el('td', {}, String(p.ageYears)), el('td', {}, yesNo(p.hasDisability)), el('td', {}, yesNo(p.lowFunctioning))))))));
}

function behaviourPart(input, result, { t, flag, yesNo, criterionName, guide, rules, jurisdiction }) {
  // Netherlands texts name parents and bystanders the Dutch way ("ouders/verzorgers", "omstanders"), as the steps do.
  const role = r => jurisdiction === 'netherlands' && (r === 'parents' || r === 'bystanders') ? t(`role.${r}.netherlands`) : t(`role.${r}`);
  const headingId = `result-${result.behaviourId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const rating = r => (r === 'unknown' ? el('span', { class: 'flag flag-none' }, t('rating.unknown')) : flag(r));
  const levelText = (c, r) => guide?.criteria?.find(x => x.criterion === c)?.levels?.find(l => l.flag === r)?.description ?? '';
  const o = result.override;
  return el('section', { class: 'part behaviour-result', 'aria-labelledby': headingId, 'data-behaviour': result.behaviourId },
    el('h3', { id: headingId }, t('result.behaviour', result.behaviourId, result.actorId)),
    input?.description ? [el('h4', {}, t('result.description')), el('blockquote', {}, input.description)] : null,
    el('h4', {}, t('result.flags')),
    dl([
      [t('result.criteriaFlag'), flag(result.criteriaFlag)],
      [t('result.computedFlag'), flag(result.computedFlag)],
      [t('result.finalFlag'), el('span', { class: 'final' }, flag(result.flag))],
      [t('result.status'), [t(`status.${result.status}`), result.unknownCriteria.length > 0
        ? ` (${t('result.unknownCriteria', result.unknownCriteria.map(criterionName).join(', '))})` : '']],
      [t('result.registration'), t(`registration.${result.registration}`)],
    ]),
    el('h4', {}, t('result.criteria')),
    el('div', { class: 'table-wrap' }, el('table', { class: 'criteria-table' },
      el('thead', {}, el('tr', {}, ...[t('result.criterion'), t('result.rating'), t('result.levelDescription')].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...CRITERIA.map(c => el('tr', {},
        el('th', { scope: 'row' }, criterionName(c)), el('td', {}, rating(input?.criteria?.[c])), el('td', {}, levelText(c, input?.criteria?.[c]))))))),
    el('h4', {}, t('result.facts')),
    dl([
      [t('result.affected'), input?.affectedIds?.length ? input.affectedIds.join(', ') : t('result.none')],
      ...FACTORS.map(f => [t(`factors.${f}`), yesNo(input?.[f])]),
      [t('factors.intimacy'), input?.intimacy ? t(`intimacy.${input.intimacy}`) : t('intimacy.none')],
      [t('factors.relation'), input?.relation ? t(`relation.${input.relation}`) : t('relation.none')],
      input?.labels?.length ? [t('result.labels'), input.labels.join(', ')] : null,
    ]),
    el('h4', {}, t('result.firedRules')),
    el('ol', { class: 'rules' }, ...result.firedRules.map(r => el('li', {},
      el('span', {}, r.message), ' ',
      el('span', { class: 'rule-id' }, r.id, ': ', r.from ? t('result.ruleChange', t(`flag.${r.from}`), t(`flag.${r.to}`)) : t('result.ruleStart', t(`flag.${r.to}`))),
      sourceLine(rules?.rules, r.id, t)))),
    o ? [
      el('h4', {}, t('result.override')),
      el('p', { class: `verdict ${o.accepted ? 'accepted' : 'refused'}` },
        t(o.accepted ? 'result.overrideAccepted' : 'result.overrideRefused', result.flag ? t(`flag.${result.flag}`) : t('flag.none'))),
      o.refusal ? el('p', { class: 'refusal' }, o.refusal) : null,
      o.warning ? el('p', { class: 'refusal warning', role: 'note' }, o.warning) : null,
      dl([
        [t('result.overrideAsked'), flag(o.flag)],
        [t('result.basis'), t(`basis.${o.basis}`)],
        input?.override?.reason ? [t('result.reason'), input.override.reason] : null,
      ]),
    ] : null,
    result.considerations.length > 0 ? [
      el('h4', {}, t('result.considerations')),
      el('ul', {}, ...result.considerations.map(c => el('li', { 'data-id': c.id }, c.message, sourceLine(rules?.considerations, c.id, t)))),
    ] : null,
    result.responses.length > 0 ? [
      el('h4', {}, t('result.responses')),
      ...result.responses.map(r => [el('h5', {}, role(r.role)), el('ul', {}, ...stepItems(r, t))]),
    ] : null);
}

function referralsPart(referrals, t) {
  return el('section', { class: 'part', id: 'referrals', 'aria-labelledby': 'result-referrals' },
    el('h3', { id: 'result-referrals' }, t('result.referrals')),
    referrals.length === 0 ? el('p', {}, t('result.noReferrals')) : el('ul', { class: 'referrals' }, ...referrals.map(r => el('li', { class: 'referral', 'data-id': r.id },
      el('h4', {}, r.name),
      el('p', {}, r.why),
      dl([
        r.phone ? [t('referral.phone'), el('a', { href: `tel:${r.phone.replace(/[^0-9+]/g, '')}`, class: 'phone' }, r.phone)] : null,
        r.hours ? [t('referral.hours'), r.hours] : null,
        // The library's note already says "open now, until ..." in words; the mark beside it is for scanning.
        r.availability ? [t('referral.now'), el('span', { class: `availability availability-${r.availability}` }, r.availabilityNote ?? t(`availability.${r.availability}`))] : null,
        r.whatTheyDo ? [t('referral.whatTheyDo'), r.whatTheyDo] : null,
        r.contact ? [t('referral.contact'), r.contact] : null,
        r.mail ? [t('referral.mail'), r.mail] : null,
        r.website ? [t('referral.website'), r.website] : null,
      ])))));
}

function examplesPart(examples, t, flag) {
  return el('section', { class: 'part', id: 'examples', 'aria-labelledby': 'result-examples' },
    el('h3', { id: 'result-examples' }, t('result.examples')),
    examples ? [
      el('p', {}, t('result.examplesIntro')),
      ...examples.behaviours.map(b => [
        el('h4', {}, t('result.examplesFor', b.behaviourId)),
        el('ul', { class: 'examples' }, ...b.matches.map(m => el('li', { 'data-id': m.example.id },
          el('p', {}, m.example.description),
          el('p', { class: 'meta' }, t('result.exampleFlag', ''), flag(m.example.expectedFlag), ' · ',
            t('result.exampleMeta', t(`ageBand.${m.example.ageBand}`), t(`setting.${m.example.setting}`), m.distance))))),
      ]),
    ] : el('p', {}, t('result.examplesUnavailable')));
}

function pitfallsPart(guide, t) {
  return el('section', { class: 'part', id: 'pitfalls', 'aria-labelledby': 'result-pitfalls' },
    el('h3', { id: 'result-pitfalls' }, t('result.pitfalls')),
    guide ? [
      ...guide.pitfalls.map(p => el('article', { class: 'pitfall' },
        el('h4', {}, el('q', { lang: 'nl' }, p.quote), ' ', p.title),
        el('p', {}, p.explanation),
        el('p', {}, el('strong', {}, t('result.pitfallAdvice'), ': '), p.advice),
        p.sayToTheAffected?.length ? [el('p', {}, t('result.pitfallSay')), el('ul', {}, ...p.sayToTheAffected.map(s => el('li', {}, s)))] : null)),
      guide.source ? el('p', { class: 'meta' }, t('result.source', [guide.source.publisher, `“${guide.source.title}”`, guide.source.section].filter(Boolean).join(', '))) : null,
    ] : el('p', {}, t('result.pitfallsUnavailable')));
}
