package org.peaceops.engine.review;

import org.peaceops.engine.camunda.RunningInstances;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing an operation's next benchmark review forward, once: while a review is open, or one brought
 * forward has not yet opened, asking again is a conflict (409) and starts nothing. Two requests at the
 * same moment are serialised on the operation's row, so the second sees the first.
 */
@Service
public class ReviewRequests {

    private final TransitionRegistry registry;
    private final ReviewRecords reviews;
    private final ReviewRequestRecords requests;
    private final RunningInstances instances;
    private final ReviewSchedule schedule;

    public ReviewRequests(
            TransitionRegistry registry,
            ReviewRecords reviews,
            ReviewRequestRecords requests,
            RunningInstances instances,
            ReviewSchedule schedule) {
        this.registry = registry;
        this.reviews = reviews;
        this.requests = requests;
        this.instances = instances;
        this.schedule = schedule;
    }

    @Transactional
    public void bringForward(TransitionRecord transition, String user) {
        String code = transition.operationCode();
        registry.holdForThisTransaction(code);
        if (openReview(code)) {
            throw InputRejectedException.conflict(
                    "", "a benchmark review of " + code + " is still open: it is finished before the next one starts");
        }
        if (requests.pending(code)) {
            throw InputRejectedException.conflict(
                    "", "the next benchmark review of " + code + " has been brought forward already and is starting");
        }
        if (!schedule.bringForward(transition)) {
            throw InputRejectedException.conflict(
                    "", "no review to bring forward: " + code + " is not in planning or drawdown in this engine");
        }
        requests.add(code, user);
    }

    /** The review brought forward has opened (or the schedule changed): the request is done. */
    public void settled(String operationCode) {
        requests.settle(operationCode);
    }

    /** A review recorded as opened, not closed, whose process still runs (a cancelled one is not open). */
    private boolean openReview(String code) {
        return instances.anyRunning(reviews.unclosedReviewInstances(code));
    }
}
