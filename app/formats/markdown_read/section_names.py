"""The English names of a post-mortem's sections and their synonyms: a table, read by ``names.section_key``.

Keys are as ``tokens.name_key`` gives them (lower case, no numbering, emphasis or colon). The names in other
languages are in ``names_other_languages``.
"""

from __future__ import annotations

# The parts of a retrospective's lessons, written as sections of their own ("What went well",
# "What can be improved"): together they are the closing notes, each under its own heading.
LESSON_PARTS = (
    "what went well",
    "what went right",
    "what didn't go well",
    "what did not go well",
    "what didn't go so well",
    "what could have gone better",
    "what could be improved",
    "what can be improved",
    "where we got lucky",
    "where did we get lucky",
    # An After Action Review's "Sustain": what went right and should be kept.
    *("what should we sustain", "what to sustain", "what we should sustain", "sustain", "sustains"),
    *("what should we keep doing", "what to keep doing", "keep doing"),
)
# "What went wrong" is one of them only beside the others; alone, it is the cause.
LESSON_WHEN_BESIDE_PARTS = ("what went wrong",)

# The names of the measures' two lists. As headings they name the measures (or a part of them); written
# as a line of text ("Tasks:") they are labels, which the measures' reader takes as written.
MEASURE_PARTS = (
    *("improvements", "improvement", "improvements/fixes", "improvements / fixes", "improvements and fixes"),
    *("improvements needed", "fixes/improvements", "future measures", "preventive and corrective measures"),
    *("tasks", "task list", "tasks list", "list of tasks", "tasks to address the issue", "specific tasks"),
    *("tasks to address the issues", "specific action items"),
    # What a plain-text report lists as the gaps found, over the work that closes them.
    *("areas for improvement", "areas of improvement", "areas to improve"),
    *("todo", "to do", "to-do", "todo list", "to-do list", "todos", "to-dos"),
    # An After Action Review's "Improve": what to change next time.
    *("what should we improve", "what to improve", "what we should improve", "improve", "what can we improve"),
    # A blog post's "## Opportunities" (what could be better) and "## Resulting Action" (what was done about it).
    *("opportunities", "opportunities for improvement", "improvement opportunities"),
    *("resulting action", "resulting actions"),
    # A question heading: "How Do We Do Better in the Future?"
    *("how do we do better in the future", "how do we do better", "how can we do better", "how will we do better"),
)

# Words that pick out the cause among others ("Main cause", "Probable cause"), never another part.
_WHICH_CAUSE = ("main", "primary", "principal", "underlying", "probable", "likely", "actual", "real", "true")
_WHICH_CAUSE += ("immediate", "direct", "proximate", "technical", "fundamental", "core", "key", "suspected")

# "5 Whys" reads as "whys": the number goes with the numbering a heading may have.
WHYS = ("whys", "five whys", "the 5 whys", "the five whys")
SECTIONS: dict[str, str] = {}
for _key, _names in {
    "introduction": [
        "introduction",
        "intro",
        "overview",
        "incident overview",
        "background",
        "context",
        "summary",
        "executive summary",
        "synopsis",
        "description",
        "incident description",
        "issue description",
        "description of the incident",
        # An RCA's opening ("Problem statement") says what went wrong for whom.
        "problem statement",
        "tl;dr",
        "tldr",
        # A retro's opening: the facts the meeting started from ("Quick recap": names.section_key).
        *("recap", "incident recap", "the recap", "recap of the incident"),
        # An After Action Review's opening: the plan, before what actually happened.
        *("what was supposed to happen", "what was expected to happen", "what was meant to happen"),
        *("what should have happened", "what was planned", "what did we expect to happen", "what we expected"),
    ],
    "summary": ["issue summary", "incident summary", "summary of the issue", "summary of the incident"],
    "impact": [
        "impact",
        # What stopped working, told as what users saw.
        *("what broke", "what was broken", "what was affected", "what users saw", "what customers saw"),
        "customer impact",
        "user impact",
        "business impact",
        "impact assessment",
        "scope and impact",
        "impact on customers",
        "impact on users",
        "customer-facing impact",
        "user-facing impact",
        "who was affected",
        "description of impact",
        "detailed description of impact",
        "impact description",
        "impact details",
        "customer impact details",
        # Heroku's status post-mortems open with "Issue": what customers saw, and when.
        "issue",
        # What the users and the author saw go wrong, listed.
        *("issues found", "symptoms"),
        # A fix-note's "Problem": what was broken, before the analysis and the fix.
        *("problem", "the problem", "initial problem", "problem description"),
    ],
    "timeline": [
        "timeline",
        "incident timeline",
        "detailed timeline",
        "timeline of events",
        "event timeline",
        "chronology",
        "incident chronology",
        "sequence of events",
        "what happened",
        "event log",
        "incident log",
        "chronology of events",
        "timeline of the incident",
        "what happened when",
        # A one-page summary's short list of times: "Key moments (GMT)", "Key events".
        *("key moments", "key events", "key times", "key timings", "main events", "major events"),
        *("key timestamps", "timestamps", "key milestones", "incident milestones", "milestones"),
        # A call or chat kept as it was said, one message a line.
        *("incident script", "incident transcript", "transcript", "call transcript", "chat transcript"),
        *("bridge transcript", "war room transcript", "war room log"),
        # An After Action Review's account, beside what was supposed to happen.
        *("what actually happened", "what really happened"),
        # An IRC or chat log pasted as the record of events.
        "log",
        "chat log",
        # Azure's post-incident reviews; a status page's updates copied into a report.
        "how did we respond",
        "how we responded",
        "incident history",
        "status history",
        "status updates",
        "updates",
        # A service desk's record of the incident (ServiceNow, Jira Service Management, BMC): its dated entries.
        *("work notes", "work log", "worklog", "activity log", "incident activity", "activity timeline"),
        # A mail to stakeholders telling, time by time, how the trouble was found and put right.
        *("how we found it and fixed it", "how we found and fixed it", "how it was found and fixed"),
        *("how we found it", "how it was found", "detection and response", "how we detected and fixed it"),
        # The steps of a debugging session, in the order they were taken (the 0x19 project's example).
        *("debugging process", "debugging steps", "the debugging process", "troubleshooting steps"),
    ],
    # "Summation": the 0x19 project's example post-mortem, which many copy, sums up the cause and the patch there.
    "root_cause": ["root cause and resolution", "root cause & resolution", "root causes and resolution", "summation"],
    "cause": [
        "root cause",
        "root causes",
        "cause",
        "causes",
        "root cause analysis",
        # "Main cause:", "Underlying causes": the cause, named with a word saying which one it is.
        *(f"{which} {cause}" for which in _WHICH_CAUSE for cause in ("cause", "causes")),
        "contributing factors",
        "contributing factor",
        "root causes and contributing factors",
        "root cause and contributing factors",
        "why it happened",
        "why",
        "why did it happen",
        "why did this happen",
        "what went wrong and why",
        "what went wrong, and why",
        # A retrospective's questions ("What was the actual cause?").
        "what was the cause",
        "what was the actual cause",
        "what caused it",
        "what caused this",
        "what caused the incident",
        # A cause-and-effect (Ishikawa) diagram, with the cause found by it.
        *("fishbone", "fishbone diagram", "fishbone analysis", "ishikawa", "ishikawa diagram", "ishikawa analysis"),
        *("cause and effect diagram", "cause-and-effect diagram", "cause and effect analysis"),
        # An After Action Review's question: why the plan and what happened differ.
        *("why was there a difference", "why were there differences", "why was it different"),
        *("why did it differ", "why was there a gap", "what caused the difference"),
        # The "5 Whys" method: its chain of answers is the cause (when no other section names it: roles.py).
        *WHYS,
        # Alone, "What went wrong" is the cause; beside "What went well" it is a lesson (see lesson_parts).
        "what went wrong",
    ],
    "resolution": [
        "resolution",
        # A service desk ticket's closing fields: "Resolution notes:", "Close notes:".
        *("resolution notes", "close notes", "closure notes"),
        "resolution and recovery",
        # A home-lab write-up's steps: what was changed to make it work again.
        *("steps to resolution", "steps taken to resolve", "resolution steps"),
        # The steps that brought a system back, named as a procedure ("### Recovery Process" over numbered steps).
        *("recovery process", "recovery procedure", "resolution process", "restoration process"),
        "recovery",
        "mitigation",
        "mitigation and resolution",
        "how it was resolved",
        "fix",
        "the fix",
        "fixes applied",
        "how we fixed it",
        "what we did to fix it",
        "how was it fixed",
        "how did we fix it",
        "how was it resolved",
        # What made it work again, said of the fix itself.
        *("what fixed it", "what fixed the issue", "what fixed the problem", "what fixed this", "the solution"),
        *("how we fixed the issue", "how we fixed the problem", "how it was fixed", "how we resolved it"),
        *("how we solved it", "how it was solved", "what resolved it", "how we recovered"),
        *("fix applied", "the remedy", "how we fixed", "how it was fixed up"),
        # A handover's "Current state: Resolved. …": where the incident stands, which is how it ended.
        *("current state", "current status"),
        # A security incident's response phases (NIST SP 800-61): what stopped the attacker and restored service.
        *("containment, eradication and recovery", "containment, eradication, and recovery"),
        *("containment, eradication & recovery", "containment and recovery", "containment and eradication"),
        *("eradication and recovery", "containment"),
        # A service desk's field over what restored service, whether a stopgap or the fix.
        *("workaround", "workaround / resolution", "workaround/resolution", "workaround and resolution"),
        *("resolution / workaround", "resolution/workaround", "resolution and workaround"),
    ],
    "measures": [
        # Said without "measures", as students' headings often are: "## corrective & preventive".
        *("corrective and preventive", "corrective and preventative", "corrective & preventive"),
        *("corrective & preventative", "preventive and corrective", "corrective/preventive"),
        "corrective and preventative measures",
        "corrective and preventive measures",
        # The template's name said short: "## Measures".
        "measures",
        "corrective actions",
        "preventive measures",
        "preventative measures",
        "action items",
        "action item",
        "follow-up items",
        "follow-up actions",
        "follow up actions",
        "followup actions",
        "follow-up tasks",
        "follow-up bugs",  # a bug tracker's
        "follow up bugs",
        # The issues opened in a tracker for what is left to do: "## Follow-up issues" over their table.
        *("follow-up issues", "follow up issues", "followup issues", "follow-up tickets", "follow up tickets"),
        "follow-ups",
        "actions",
        "what we changed",
        "what we've changed",
        "what we have changed",
        "what will we change",
        "what we will change",
        "what we'll change",
        "follow up",
        "follow-up",
        "remediation",
        "remediations",
        # What is planned from here, said as the plan: "## Plan" after "## Actions already taken".
        *("plan", "the plan", "our plan", "plans", "future plans", "our plans"),
        # Google Cloud's incident reports: what was done, then what will be.
        "remediation and prevention",
        "next steps",
        *("agreed actions", "actions agreed", "agreed action items", "agreed next steps"),  # after a review meeting
        "action plan",
        # Wikimedia's incident reports.
        "actionables",
        "recommendations",
        "prevention",
        "preventing recurrence",
        # The template's "Corrective and Preventative Measures" cut to its first word, as a heading alone.
        *("corrective", "preventive", "preventative"),
        "recommendations and actions",
        "recommended actions",
        "preventative actions",
        "preventive actions",
        "what we're changing",
        "what we are changing",
        "what we're doing about it",
        "what we are doing about it",
        "what we're doing about this",
        "what we are doing about this",
        # A blog's "What we're doing (next)": the measures, told as the team's plans.
        "what we're doing",
        "what we are doing",
        "what we're doing next",
        "what we are doing next",
        "what we'll do next",
        "what we will do next",
        "what we'll do",
        "what we will do",
        "what's next",
        "what is next",
        "going forward",
        "moving forward",
        "corrective measures",
        "future improvements",
        # What a team lists as still to do after the incident, named as the work ahead: "## Future Work".
        *("future work", "further work"),
        # What is still to be done, as a handover lists it.
        *("outstanding actions", "outstanding items", "outstanding tasks", "outstanding work", "open actions"),
        *("open items", "remaining actions", "remaining work", "remaining tasks"),
        # Lessons stated as rules the team now keeps ("Binding lessons"): what it will do, the measures.
        *("binding lessons", "lessons to apply", "lessons applied", "rules going forward"),
        # A lesson written as what will change: the measures, not closing words.
        *("lessons learned and future improvements", "lessons learned and improvements"),
        *("lessons learned and next steps", "lessons learned and action items"),
        *("learnings and next steps", "learnings and action items", "lessons and next steps"),
        # Azure's post-incident reviews.
        "how are we making incidents like this less likely or less impactful",
        # The measures' two lists written under headings of their own, beside (or instead of) the measures'
        # heading: "## Tasks:", "# Improvements:" (sections.fold_measure_parts joins them).
        *MEASURE_PARTS,
    ],
    "closing_notes": [
        "closing notes",
        "closing note",
        "closing",
        "closing remarks",
        "closing words",
        "in closing",
        "final thoughts",
        "final words",
        "final remarks",
        "wrap-up",
        "wrap up",
        "wrapping up",
        "epilogue",
        "conclusion",
        "conclusions",
        "closing thoughts",
        "final notes",
        "lessons learned",
        "lessons learnt",
        "lessons",
        "learnings",
        "key learnings",
        "what we learned",
        "what we learnt",
        "takeaways",
        "key takeaways",
        "anything else",
        "thanks",
        "acknowledgements",
        "acknowledgments",
        # A report's review record ("Reviewed by the CAB on ..."): its closing words.
        "sign-off",
        "sign off",
        *LESSON_PARTS,
    ],
    # Labelled facts written under a heading rather than under the title: read as the header is.
    "details": [
        "incident details",
        "incident information",
        "incident info",
        "incident metadata",
        "key information",
        "key details",
        "ticket details",
        "metadata",
        "details",
    ],
    "humor": [
        "humor element",
        "humour element",
        "humor",
        "humour",
        "choose your own adventure",
        "investigation flowchart",
        "flowchart",
        # Light-hearted names for it.
        *("a touch of humor", "a touch of humour", "a bit of humor", "a bit of humour", "humorous take"),
        *("fun fact", "fun facts", "just for fun", "on a lighter note", "the lighter side", "lighter side"),
        *("the obligatory meme", "meme", "memes", "the meme"),
        *("humorous note", "humorous notes", "a humorous note", "humor section", "humour section", "comic relief"),
    ],
    "authors": ["authors", "author", "written by", "post-mortem authors", "postmortem authors", "owners"],
}.items():
    for _name in _names:
        SECTIONS[_name] = _key
