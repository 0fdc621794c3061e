package org.peaceops.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.lifecycle.OperationCycle;
import org.peaceops.engine.review.ReviewRecords;
import org.peaceops.engine.review.ReviewRequests;
import org.peaceops.engine.review.ReviewSchedule;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An operation's benchmark reviews, and how often they come. */
@RestController
@RequestMapping("/api/operations/{code}")
class ReviewsController {

    private final OperationAccess access;
    private final ReviewRecords records;
    private final ReviewSchedule schedule;
    private final ReviewRequests requests;
    private final CurrentUser currentUser;

    ReviewsController(
            OperationAccess access,
            ReviewRecords records,
            ReviewSchedule schedule,
            ReviewRequests requests,
            CurrentUser currentUser) {
        this.access = access;
        this.records = records;
        this.schedule = schedule;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @GetMapping("/reviews")
    Reviews reviews(@PathVariable String code) {
        access.require(code);
        return new Reviews(schedule.period(code).toString(), records.reviews(code));
    }

    /** Headquarters and the operation's mission leadership set the period: {"period": "P1M"}. */
    @PutMapping("/review-period")
    Period period(@PathVariable String code, @RequestBody JsonNode body) {
        var transition = access.require(code);
        OperationCycle.requireScheduler(currentUser, "set the review period");
        return new Period(schedule.change(transition, body).toString());
    }

    /**
     * Headquarters and the operation's mission leadership may bring the next review forward to now,
     * unless one is open or already starting (409).
     */
    @PostMapping("/reviews")
    ResponseEntity<ReviewStarting> reviewNow(@PathVariable String code) {
        var transition = access.require(code);
        OperationCycle.requireScheduler(currentUser, "start a review");
        requests.bringForward(transition, currentUser.id());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ReviewStarting("starting"));
    }

    /** The operation's review period (ISO-8601) and its reviews, latest first. */
    record Reviews(String period, List<ReviewRecords.Review> reviews) {}

    /** How often the reviews come now (ISO-8601). */
    record Period(String period) {}

    /** A review brought forward: the lifecycle opens it at once. */
    record ReviewStarting(String review) {}
}
