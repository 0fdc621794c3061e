package org.peaceops.engine.demo;

import java.util.List;
import org.peaceops.engine.lesson.LessonRecords;
import org.peaceops.engine.lesson.LessonRecords.NewLesson;
import org.springframework.stereotype.Component;

/**
 * Lessons of the reference portfolio's completed transitions, from public UN reporting, so that the
 * demo's drafting tasks (terms of reference, the plan) have lessons to show: without them a new
 * transition would read "no lesson on record yet", which is not what a real portfolio looks like.
 * Recorded as taken at each transition's closure (no phase).
 */
@Component
class DemoLessons {

    private static final String RECORDED_BY = "hq-planner";

    record Lesson(String operationCode, NewLesson lesson) {}

    static final List<Lesson> LESSONS = List.of(
            new Lesson(
                    "UNAMID",
                    new NewLesson(
                            "POC",
                            "Protection gap after the mission left Darfur",
                            "The mandate ended on 31 December 2020 while the national plan for the protection of"
                                    + " civilians was still unfunded; within weeks, violence in West Darfur killed"
                                    + " more than a hundred civilians where team sites had closed.",
                            "Close no team site before the national protection plan has forces and money on the"
                                    + " ground; keep early warning and mobile monitoring until the handover.")),
            new Lesson(
                    "UNAMID",
                    new NewLesson(
                            "HANDOVER",
                            "Handed-over sites were looted",
                            "Team sites and the El Fasher logistics base, handed to the authorities for civilian"
                                    + " use, were looted soon after the handover, and their assets lost.",
                            "Agree with the receiving authority, before the handover date, who guards each site"
                                    + " and for how long; hand assets over with a written agreement on their use.")),
            new Lesson(
                    "UNAMID",
                    new NewLesson(
                            "GENDER",
                            "Women's protection networks lost their support",
                            "Community protection networks and women's groups the mission had supported lost"
                                    + " their funding and their contact point when the team sites closed.",
                            "Name, in the plan, the UN entity or national body that takes over each network, with"
                                    + " its funding, before the phase that closes its site.")),
            new Lesson(
                    "UNMIL",
                    new NewLesson(
                            "FINANCING",
                            "The financial cliff at the mission's end",
                            "The mission's programme funding for the rule of law and security-sector work stopped"
                                    + " with its mandate, before the country team had raised the money to go on.",
                            "Plan the joint financing two years before the drawdown, and bridge with the"
                                    + " Peacebuilding Fund where the country team's funding falls short.")),
            new Lesson(
                    "UNMIL",
                    new NewLesson(
                            "HANDOVER",
                            "Security handed to the national police by a joint plan",
                            "The handover of security responsibilities on 30 June 2016 followed a joint plan with"
                                    + " benchmarks per county, but police deployment outside the capital lagged"
                                    + " behind it.",
                            "Measure police deployment county by county as a minimum condition of each phase.")),
            new Lesson(
                    "UNOCI",
                    new NewLesson(
                            "POLITICAL",
                            "Unrest after the last units left",
                            "Months after the mission closed in June 2017, mutinies in the armed forces showed the"
                                    + " security sector reform was unfinished.",
                            "Keep a residual capacity, or a partner's, for security sector reform until its"
                                    + " benchmarks are met, whatever the electoral calendar.")),
            new Lesson(
                    "MINUJUSTH",
                    new NewLesson(
                            "HANDOVER",
                            "A country team unable to absorb justice and corrections tasks",
                            "When the mission closed in October 2019, justice and corrections tasks went to a new"
                                    + " political mission and the country team with little funding to carry them.",
                            "Map the country team's capacity and funding per rule-of-law function during planning,"
                                    + " and hand each over in the phase it is ready, not all at closure.")),
            new Lesson(
                    "UNIOGBIS",
                    new NewLesson(
                            "PLANNING",
                            "Closure during a political crisis",
                            "The office closed at the end of 2020 amid a disputed election and the pandemic,"
                                    + " which left the transition calendar no margin.",
                            "Build a review point into the calendar for an electoral crisis, and agree in advance"
                                    + " who decides to slow the drawdown.")));

    private final LessonRecords lessons;

    DemoLessons(LessonRecords lessons) {
        this.lessons = lessons;
    }

    void record() {
        LESSONS.forEach(l -> lessons.add(l.operationCode(), null, l.lesson(), RECORDED_BY));
    }
}
