package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.ApiKeyInfo;
import dev.crosswalk.sandbox.AshbyObjects.Application;
import dev.crosswalk.sandbox.AshbyObjects.ApplicationFeedback;
import dev.crosswalk.sandbox.AshbyObjects.ArchiveReason;
import dev.crosswalk.sandbox.AshbyObjects.Candidate;
import dev.crosswalk.sandbox.AshbyObjects.Department;
import dev.crosswalk.sandbox.AshbyObjects.FeedbackFormDefinition;
import dev.crosswalk.sandbox.AshbyObjects.FileHandle;
import dev.crosswalk.sandbox.AshbyObjects.InterviewPlan;
import dev.crosswalk.sandbox.AshbyObjects.InterviewSchedule;
import dev.crosswalk.sandbox.AshbyObjects.InterviewStage;
import dev.crosswalk.sandbox.AshbyObjects.Job;
import dev.crosswalk.sandbox.AshbyObjects.JobPosting;
import dev.crosswalk.sandbox.AshbyObjects.Location;
import dev.crosswalk.sandbox.AshbyObjects.Note;
import dev.crosswalk.sandbox.AshbyObjects.Offer;
import dev.crosswalk.sandbox.AshbyObjects.Source;
import dev.crosswalk.sandbox.AshbyObjects.Tag;
import dev.crosswalk.sandbox.AshbyObjects.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One simulated Ashby organisation: every object an API key of it can see, with the indexes the
 * methods need. Reads go straight to the lock-free tables; writes take {@link #writeLock} so a
 * write touching several objects (a new application also changes its candidate) is seen whole by
 * later writes, and each write takes a new {@link #nextChange() change number} for sync tokens.
 */
final class SandboxOrganisation {

    final UUID id;
    final String name;
    final Clock clock;
    final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicLong changes = new AtomicLong(1);
    private final AtomicLong lastWriteMillis = new AtomicLong();

    final SandboxTable<User> users = new SandboxTable<>();
    final SandboxTable<Department> departments = new SandboxTable<>();
    final SandboxTable<Location> locations = new SandboxTable<>();
    final SandboxTable<Source> sources = new SandboxTable<>();
    final SandboxTable<ArchiveReason> archiveReasons = new SandboxTable<>();
    final SandboxTable<Tag> tags = new SandboxTable<>();
    final SandboxTable<InterviewPlan> interviewPlans = new SandboxTable<>();
    /** Grouped by interview plan; the row order of a plan is its stage order. */
    final SandboxTable<InterviewStage> interviewStages = new SandboxTable<>();

    final SandboxTable<FeedbackFormDefinition> feedbackForms = new SandboxTable<>();
    final SandboxTable<Job> jobs = new SandboxTable<>();
    /** Grouped by job. */
    final SandboxTable<JobPosting> jobPostings = new SandboxTable<>();

    final SandboxTable<Candidate> candidates = new SandboxTable<>();
    /** Grouped by job. */
    final SandboxTable<Application> applications = new SandboxTable<>();
    /** Grouped by candidate. */
    final SandboxTable<Note> notes = new SandboxTable<>();
    /** Grouped by application. */
    final SandboxTable<InterviewSchedule> interviewSchedules = new SandboxTable<>();
    /** Grouped by application. */
    final SandboxTable<ApplicationFeedback> feedback = new SandboxTable<>();
    /** Grouped by application. */
    final SandboxTable<Offer> offers = new SandboxTable<>();

    /** File handle string → the file and the candidate it belongs to, for {@code file.info}. */
    final Map<String, OwnedFile> files = new ConcurrentHashMap<>();
    /** Lower-cased e-mail address → candidates carrying it, for {@code candidate.search}. */
    final Map<String, Set<UUID>> candidatesByEmail = new ConcurrentHashMap<>();

    /** The user that notes written through the API are attributed to. */
    User apiUser;

    Instant createdAt;

    record OwnedFile(FileHandle file, UUID candidateId) {}

    SandboxOrganisation(UUID id, String name, Clock clock) {
        this.id = id;
        this.name = name;
        this.clock = clock;
    }

    /** A new change number, higher than every number handed out before. */
    long nextChange() {
        return changes.incrementAndGet();
    }

    /** The highest change number handed out so far: what a sync token remembers. */
    long lastChange() {
        return changes.get();
    }

    /**
     * Now, but strictly after every timestamp a write has already taken (milliseconds ticks), so
     * that records written in the same millisecond still sort in write order.
     */
    Instant now() {
        long millis = clock.millis();
        long stamp = lastWriteMillis.accumulateAndGet(millis, (last, next) -> Math.max(last + 1, next));
        return Instant.ofEpochMilli(stamp);
    }

    void indexEmail(String email, UUID candidateId) {
        candidatesByEmail
                .computeIfAbsent(email.toLowerCase(Locale.ROOT), e -> ConcurrentHashMap.newKeySet())
                .add(candidateId);
    }

    ApiKeyInfo apiKeyInfo(SandboxProperties.Key key) {
        return new ApiKeyInfo(key.title(), createdAt, key.scopes());
    }
}
