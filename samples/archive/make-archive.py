#!/usr/bin/env python3
"""Writes archive-v1.jsonl: stored assessments made with rule set 1.0.0, one
{"incident": ..., "assessment": ...} pair per line, for the reassess command.

The assessments are the real output of the version-1 command line, not written by hand. To make them again:

    git worktree add /tmp/wt-v1 5dc0e51          # the last commit with rule set 1.0.0
    dotnet build /tmp/wt-v1/samples/Sensoa.Flags.Cli -c Release -o /tmp/v1cli
    python3 samples/archive/make-archive.py /tmp/v1cli/sensoa-flags.dll > samples/archive/archive-v1.jsonl
    git worktree remove /tmp/wt-v1

Each incident is written to touch an outcome that rule set 2.0.0 changes (repetition by an exempted actor, awareness,
the incident-wide unsafe context, lowering overrides and the basis "other", sexting, the child-abuse centre), plus
incidents whose outcome stays the same. The shipped example cases are included as they are.
"""
import glob
import json
import os
import subprocess
import sys

LEVELS = ("consent", "voluntariness", "equality", "development", "context", "impact")


def criteria(base, **others):
    c = {name: base for name in LEVELS}
    c.update(others)
    return c


def person(pid, age, **flags):
    return {"id": pid, "ageYears": age, **flags}


def behaviour(bid, actor, affected, description, crit, **facts):
    return {"id": bid, "actorId": actor, "affectedIds": affected, "description": description, "criteria": crit, **facts}


def incident(jurisdiction, setting, people, behaviours, **facts):
    return {"jurisdiction": jurisdiction, "setting": setting, **facts, "people": people, "behaviours": behaviours}


F, NL = "flanders", "netherlands"
Y, R = "yellow", "red"

CASES = [
    # Repetition after correction by an actor the version-1 rules exempted (under 6, disability, low functioning).
    incident(F, "care", [person("toddler", 5), person("peer", 5)], [behaviour(
        "touching", "toddler", ["peer"], "A five-year-old keeps touching a peer's genitals at nap time after being told to stop.",
        criteria("green", consent=Y, context=Y), intimacy="handsOn", repeatedAfterCorrection=True)]),
    incident(F, "family", [person("child", 4), person("cousin", 3)], [behaviour(
        "forcing", "child", ["cousin"], "A four-year-old again pins down a younger cousin to undress them, after the parents intervened.",
        criteria("yellow", consent=R, voluntariness=R), intimacy="handsOn", repeatedAfterCorrection=True)]),
    incident(F, "disabilityCare", [person("resident", 12, hasDisability=True), person("staff", 31)], [behaviour(
        "exposing", "resident", ["staff"], "A boy with a disability undresses in the living room again after agreements were made.",
        criteria("green", context=Y, impact=Y), intimacy="handsOff", repeatedAfterCorrection=True)]),
    incident(F, "care", [person("youth", 16, lowFunctioning=True), person("other", 15)], [behaviour(
        "grabbing", "youth", ["other"], "A young person functioning at a much younger level grabs another's breasts, again after correction.",
        criteria("yellow", consent=R, voluntariness=R, impact=R), intimacy="handsOn", repeatedAfterCorrection=True)]),
    incident(F, "workplace", [person("worker", 30, hasDisability=True), person("colleague", 41)], [behaviour(
        "remarks", "worker", ["colleague"], "A sheltered-workshop employee repeats sexual remarks to a colleague after a talk with the supervisor.",
        criteria("green", consent=Y, context=Y, impact=Y), intimacy="handsOff", repeatedAfterCorrection=True)]),
    incident(F, "care", [person("toddler", 5), person("peer", 5)], [behaviour(
        "looking", "toddler", ["peer"], "A five-year-old peeks at a peer in the toilet again; both giggle and stop when asked.",
        criteria("green"), intimacy="handsOff", repeatedAfterCorrection=True)]),
    incident(F, "school", [person("pupil", 9), person("classmate", 9)], [behaviour(
        "lifting-skirt", "pupil", ["classmate"], "A nine-year-old lifts a classmate's skirt again after the teacher talked to him.",
        criteria("green", consent=Y, context=Y, impact=Y), intimacy="handsOff", repeatedAfterCorrection=True)]),
    incident(F, "care", [person("youth", 14, lowFunctioning=True), person("other", 13)], [behaviour(
        "pressing", "youth", ["other"], "A low-functioning teenager presses against a younger resident again; earlier serious behaviour was addressed.",
        criteria("green", consent=Y, voluntariness=Y, impact=Y), intimacy="handsOn", repeatedAfterCorrection=True,
        priorSeriousAddressed=True)]),
    incident(F, "sport", [person("athlete", 5.5), person("teammate", 6)], [behaviour(
        "kissing", "athlete", ["teammate"], "A young gymnast keeps kissing a teammate who does not want it, after the trainer intervened.",
        criteria("green", consent=Y, voluntariness=Y), intimacy="handsOn", repeatedAfterCorrection=True,
        override={"flag": "yellow", "basis": "frequency", "reason": "Happened three times this month."})]),
    incident(F, "care", [person("child", 4), person("peer", 4)], [behaviour(
        "biting", "child", ["peer"], "A four-year-old repeatedly bites a peer's bottom while undressing, after being corrected.",
        criteria("green", consent=Y, impact=Y), intimacy="handsOn", repeatedAfterCorrection=True,
        override={"flag": "red", "basis": "frequency", "reason": "Daily, despite the agreements."})]),

    # Awareness: red became black automatically in version 1.
    incident(F, "workplace", [person("manager", 35), person("employee", 27)], [behaviour(
        "touching", "manager", ["employee"], "A manager touches an employee's thigh at a team dinner, knowing the company's policy.",
        criteria("yellow", consent=R, voluntariness=R, equality=R), intimacy="handsOn", awareAtTheTime=True)]),
    incident(F, "school", [person("older", 16), person("younger", 15)], [behaviour(
        "pressuring", "older", ["younger"], "A pupil pushes a younger pupil into a toilet cubicle and gropes him, knowing it was wrong.",
        criteria("red", equality=Y, development=Y), intimacy="handsOn", awareAtTheTime=True)]),
    incident(F, "youthWork", [person("leader", 17), person("member", 16)], [behaviour(
        "jokes", "leader", ["member"], "A young leader makes sexual jokes at a member's expense during a game, though briefed not to.",
        criteria("green", consent=Y, context=Y, impact=Y), intimacy="handsOff", awareAtTheTime=True)]),
    incident(F, "sport", [person("coach", 44), person("athlete", 19)], [behaviour(
        "massage", "coach", ["athlete"], "A coach gives an unwanted intimate massage, aware that the club forbids it.",
        criteria("yellow", consent=R, voluntariness=R, equality=R, impact=R), intimacy="handsOn", awareAtTheTime=True,
        override={"flag": "black", "basis": "awareness", "reason": "He signed the code of conduct last month."})]),
    incident(NL, "workplace", [person("teamleader", 52), person("intern", 22)], [behaviour(
        "kissing", "teamleader", ["intern"], "A team leader kisses an intern against her will, knowing the code of conduct.",
        criteria("red", development=Y, context=Y), intimacy="handsOn", awareAtTheTime=True)]),
    incident(F, "online", [person("adult", 29), person("acquaintance", 31)], [behaviour(
        "messages", "adult", ["acquaintance"], "An adult sends unwanted explicit messages to an acquaintance who had asked him to stop.",
        criteria("yellow", consent=R, voluntariness=R), intimacy="handsOff", awareAtTheTime=True,
        override={"flag": "black", "basis": "frequency", "reason": "Dozens of messages a day."})]),

    # The incident-wide unsafe context (gone in version 2: the property is refused).
    incident(F, "youthWork", [person("member-1", 13), person("member-2", 13)], [behaviour(
        "truth-or-dare", "member-1", ["member-2"], "Two members play an erotic truth-or-dare game during an unsupervised night at camp.",
        criteria("green"), intimacy="handsOff")], unsafeContext=True),
    incident(F, "school", [person("pupil-1", 15), person("pupil-2", 15)], [behaviour(
        "comment", "pupil-1", ["pupil-2"], "A pupil makes a crude comment about a classmate in a changing room without supervision.",
        criteria("green", consent=Y, impact=Y), intimacy="handsOff")], unsafeContext=True),
    incident(F, "school", [person("pupil-1", 16), person("pupil-2", 16)], [behaviour(
        "kiss", "pupil-1", ["pupil-2"], "Two pupils in a relationship kiss in the corridor.",
        criteria("green"), intimacy="handsOn")], unsafeContext=False),

    # Overrides: the basis "other" (gone in version 2), lowering and raising.
    incident(F, "sport", [person("trainer", 38), person("athlete", 21)], [behaviour(
        "hug", "trainer", ["athlete"], "A trainer gives a long hug with a hand on the athlete's bottom after a match.",
        criteria("green", consent=R, voluntariness=Y, impact=Y), intimacy="handsOn",
        override={"flag": "yellow", "basis": "other", "reason": "We know him; it was meant as congratulations."})]),
    incident(F, "school", [person("teacher", 45), person("pupil", 17)], [behaviour(
        "messages", "teacher", ["pupil"], "A teacher sends a pupil flirtatious private messages.",
        criteria("yellow", equality=R), intimacy="handsOff", awareAtTheTime=True,
        override={"flag": "red", "basis": "other", "reason": "The board asked to keep this at red."})]),
    incident(F, "youthWork", [person("leader", 19), person("member", 14)], [behaviour(
        "photos", "leader", ["member"], "A leader takes photos of a member changing clothes.",
        criteria("yellow", consent=R, development=R), intimacy="handsOff",
        override={"flag": "black", "basis": "other", "reason": "Indignation of the whole team."})]),
    incident(F, "workplace", [person("colleague-1", 33), person("colleague-2", 35)], [behaviour(
        "remark", "colleague-1", ["colleague-2"], "A colleague makes a sexual remark about another's outfit in a meeting.",
        criteria("green", consent=R, context=Y), intimacy="handsOff",
        override={"flag": "yellow", "basis": "intimacy", "reason": "Only words, no touching."})]),
    incident(F, "care", [person("resident-1", 15), person("resident-2", 15)], [behaviour(
        "cuddling", "resident-1", ["resident-2"], "Two residents cuddle under a blanket in the common room.",
        criteria("green"), intimacy="handsOn",
        override={"flag": "yellow", "basis": "organisationRule", "reason": "House rule: no cuddling in shared rooms."})]),
    incident(F, "youthWork", [person("member-1", 12), person("member-2", 12)], [behaviour(
        "game", "member-1", ["member-2"], "Two members play a kissing game in an unlit tent.",
        criteria("green"), intimacy="handsOn",
        override={"flag": "yellow", "basis": "unsafeContext", "reason": "Unsupervised tent at night."})]),

    # Sexting: the consideration on every behaviour of a sexting incident, forwarding, awareness.
    incident(F, "online", [person("sender", 16), person("receiver", 16)], [behaviour(
        "forward", "receiver", ["sender"], "A boy shows a nude picture his girlfriend sent him to two friends, knowing she would not want it.",
        criteria("yellow", consent=R, voluntariness=R, impact=R), intimacy="handsOff", awareAtTheTime=True)], involvesSexting=True),
    incident(F, "online", [person("partner-1", 24), person("partner-2", 26)], [behaviour(
        "exchange", "partner-1", ["partner-2"], "Two adults in a relationship exchange intimate pictures, both agreeing.",
        criteria("green"), intimacy="handsOff")], involvesSexting=True),
    incident(F, "school", [person("pupil-1", 14), person("pupil-2", 14), person("pupil-3", 15)], [
        behaviour("selfie", "pupil-1", [], "A pupil sends a sexy selfie to a classmate she likes.", criteria("green"), intimacy="handsOff"),
        behaviour("forward", "pupil-2", ["pupil-1"], "The classmate forwards it to a friend 'to ask what he thinks'.",
                  criteria("green", consent=Y, context=Y, impact=Y), intimacy="handsOff"),
        behaviour("group", "pupil-3", ["pupil-1"], "The friend posts it in the class group with mocking comments, aware of the harm.",
                  criteria("red", equality=Y, development=Y), intimacy="handsOff", awareAtTheTime=True)], involvesSexting=True),
    incident(F, "online", [person("adult-1", 40), person("adult-2", 38)], [behaviour(
        "leak", "adult-1", ["adult-2"], "After a break-up an adult posts the former partner's intimate pictures on a forum.",
        criteria("black", development=R), intimacy="handsOff", awareAtTheTime=True)], involvesSexting=True),

    # Red or black behaviour affecting a minor: the child-abuse centre.
    incident(F, "sport", [person("coach", 25), person("swimmer", 15)], [behaviour(
        "touching", "coach", ["swimmer"], "A coach touches a swimmer's chest during a 'technique correction' that was not needed.",
        criteria("red", development=Y), intimacy="handsOn")]),
    incident(F, "youthWork", [person("older", 17), person("younger", 13)], [behaviour(
        "pressure", "older", ["younger"], "A 17-year-old pressures a 13-year-old into touching him in the woods.",
        criteria("red", equality=R, context=Y), intimacy="handsOn")]),
    incident(F, "school", [person("pupil", 15), person("victim", 12)], [behaviour(
        "assault", "pupil", ["victim"], "A pupil forces a much younger pupil to perform sexual acts behind the gym.",
        criteria("black", context=R), intimacy="handsOn")]),
    incident(F, "sport", [person("player-1", 14), person("player-2", 16)], [behaviour(
        "filming", "player-1", ["player-2"], "A player films a teammate in the shower and keeps the film to pressure him.",
        criteria("red", development=Y, context=Y), intimacy="handsOff")]),
    incident(F, "family", [person("uncle", 43), person("niece", 8)], [behaviour(
        "touching", "uncle", ["niece"], "An uncle touches his niece's genitals while babysitting.",
        criteria("black"), intimacy="handsOn")]),
    incident(F, "family", [person("partner-1", 34), person("partner-2", 33)], [behaviour(
        "coercion", "partner-1", ["partner-2"], "A partner forces sex after the other said no.",
        criteria("black", development=R), intimacy="handsOn")]),

    # Outcomes that stay the same.
    incident(F, "school", [person("pupil-1", 13), person("pupil-2", 13)], [behaviour(
        "comment", "pupil-1", ["pupil-2"], "A pupil calls a classmate 'sexy' in the corridor, once.",
        criteria("green", consent=Y), intimacy="handsOff")]),
    incident(F, "care", [person("resident", 23), person("staff", 40)], [behaviour(
        "unknown", "resident", ["staff"], "A resident was found in a staff member's room; what happened is not yet known.",
        criteria("unknown"))]),
    incident(F, "other", [person("then-leader", 31), person("then-member", 14)], [behaviour(
        "abuse", "then-leader", ["then-member"], "An adult reports that a leader abused him at camp, twelve years ago.",
        criteria("black", development=R), intimacy="handsOn")], occurredYearsAgo=12),
    incident(NL, "school", [person("leerling-1", 15), person("leerling-2", 15)], [behaviour(
        "opmerking", "leerling-1", ["leerling-2"], "A pupil comments on a classmate's body in a group chat.",
        criteria("green", consent=Y, impact=Y), intimacy="handsOff")]),
]


def assess(cli, incident_json):
    args = ["dotnet", cli, "assess", "-"] if cli.endswith(".dll") else [cli, "assess", "-"]
    run = subprocess.run(args, input=incident_json.encode("utf-8"), capture_output=True, check=False)
    if run.returncode != 0:
        sys.exit(f"the version-1 command line refused an incident: {run.stderr.decode('utf-8')}")
    return json.loads(run.stdout.decode("utf-8"))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-archive.py <path to the version-1 sensoa-flags(.dll)>")
    cli = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    incidents = list(CASES)
    for path in sorted(glob.glob(os.path.join(here, "..", "cases", "*.json"))):
        with open(path, encoding="utf-8") as f:
            incidents.append(json.load(f))
    out = sys.stdout
    for item in incidents:
        text = json.dumps(item, ensure_ascii=False, separators=(",", ":"))
        assessment = assess(cli, text)
        # Compact, so that a pair is one line; the order of properties and every value are the command's own.
        out.write(json.dumps({"incident": item, "assessment": assessment}, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
