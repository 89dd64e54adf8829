package dev.crosswalk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.sandbox.AshbyObjects.Application;
import dev.crosswalk.sandbox.AshbyObjects.Candidate;
import dev.crosswalk.sandbox.AshbyObjects.InterviewStage;
import dev.crosswalk.sandbox.AshbyObjects.Job;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The generated organisation: deterministic, consistent, and covering every status a client must handle. */
class SandboxDataGeneratorTests {

    private static final JsonMapper JSON = SandboxJson.MAPPER;

    private final SandboxOrganisation demo = SandboxDataGenerator.generate("demo", 1, 25, Clock.systemUTC());

    @Test
    void theSameSeedGivesTheSameOrganisation() {
        SandboxOrganisation again = SandboxDataGenerator.generate("demo", 1, 25, Clock.systemUTC());
        assertThat(again.id).isEqualTo(demo.id);
        assertThat(json(again)).isEqualTo(json(demo));
    }

    @Test
    void anotherSeedGivesOtherIds() {
        SandboxOrganisation other = SandboxDataGenerator.generate("other", 2, 25, Clock.systemUTC());
        Set<UUID> demoIds =
                demo.candidates.rows().stream().map(row -> row.key().id()).collect(Collectors.toSet());
        assertThat(other.candidates.rows())
                .noneMatch(row -> demoIds.contains(row.key().id()));
        assertThat(other.id).isNotEqualTo(demo.id);
    }

    @Test
    void theDemoShowsEveryStatus() {
        assertThat(values(demo.jobs, Job::status)).contains("Open", "Closed", "Archived", "Draft");
        assertThat(demo.jobs.rows()).anyMatch(row -> row.value().confidential());
        assertThat(values(demo.applications, Application::status)).contains("Active", "Archived", "Hired", "Lead");
        assertThat(values(demo.offers, offer -> offer.offerStatus()))
                .contains(
                        "WaitingOnApprovalStart",
                        "WaitingOnOfferApproval",
                        "WaitingOnApprovalDefinition",
                        "WaitingOnCandidateResponse",
                        "CandidateRejected",
                        "CandidateAccepted",
                        "OfferCancelled");
        assertThat(values(demo.interviewSchedules, schedule -> schedule.status()))
                .contains("Scheduled", "WaitingOnFeedback", "Complete", "NeedsScheduling");
        assertThat(demo.feedback.size()).isPositive();
        assertThat(demo.notes.size()).isPositive();
        assertThat(demo.candidates.rows())
                .anyMatch(row -> row.value().applicationIds().size() > 1);
        assertThat(demo.candidates.size()).isEqualTo(25);
    }

    @Test
    void referencesAreConsistent() {
        for (SandboxTable.Row<Application> row : demo.applications.rows()) {
            Application application = row.value();
            Job job = demo.jobs.get(application.job().id());
            assertThat(job).isNotNull();
            assertThat(job.status()).isNotEqualTo("Draft");
            assertThat(application.currentInterviewStage().interviewPlanId()).isIn(job.interviewPlanIds());
            Candidate candidate = demo.candidates.get(application.candidate().id());
            assertThat(candidate.applicationIds()).contains(application.id());
            boolean archived = application.status().equals("Archived");
            assertThat(application.currentInterviewStage().type().equals("Archived"))
                    .isEqualTo(archived);
            assertThat(application.archiveReason() != null).isEqualTo(archived);
            assertThat(application.archivedAt() != null).isEqualTo(archived);
            assertThat(application.applicationHistory()).isNotEmpty();
            assertThat(application
                            .applicationHistory()
                            .get(application.applicationHistory().size() - 1)
                            .stageId())
                    .isEqualTo(application.currentInterviewStage().id());
        }
        demo.offers
                .rows()
                .forEach(row -> assertThat(demo.applications.get(row.value().applicationId()))
                        .isNotNull());
        demo.interviewSchedules.rows().forEach(row -> {
            assertThat(demo.applications.get(row.value().applicationId())).isNotNull();
            assertThat(demo.interviewStages.get(row.value().interviewStageId())).isNotNull();
        });
        demo.feedback
                .rows()
                .forEach(row -> assertThat(demo.feedbackForms.get(row.value().feedbackFormDefinitionId()))
                        .isNotNull());
        demo.candidates.rows().forEach(row -> {
            Candidate candidate = row.value();
            if (candidate.resumeFileHandle() != null) {
                assertThat(demo.files.get(candidate.resumeFileHandle().handle()))
                        .isNotNull();
                assertThat(candidate.fileHandles()).contains(candidate.resumeFileHandle());
            }
        });
        demo.departments.rows().forEach(row -> {
            if (row.value().parentId() != null) {
                assertThat(demo.departments.get(row.value().parentId())).isNotNull();
            }
        });
        demo.interviewPlans.rows().forEach(plan -> {
            List<InterviewStage> stages = demo.interviewStages.rowsOf(plan.key().id()).stream()
                    .map(SandboxTable.Row::value)
                    .toList();
            assertThat(stages).extracting(InterviewStage::type).contains("Archived");
            assertThat(stages).extracting(InterviewStage::orderInInterviewPlan).isSorted();
        });
    }

    @Test
    void aBenchmarkSizedOrganisationFitsAndIsComplete() {
        SandboxOrganisation large = SandboxDataGenerator.generate("benchmark", 7, 100_000, Clock.systemUTC());
        assertThat(large.candidates.size()).isEqualTo(100_000);
        assertThat(large.applications.size()).isGreaterThan(100_000);
        Set<String> emails = new HashSet<>();
        large.candidates
                .rows()
                .forEach(row -> emails.add(row.value().primaryEmailAddress().value()));
        assertThat(emails).hasSize(100_000);
    }

    private static <T> Set<String> values(SandboxTable<T> table, java.util.function.Function<T, String> value) {
        return table.rows().stream().map(row -> value.apply(row.value())).collect(Collectors.toSet());
    }

    private static String json(SandboxOrganisation org) {
        return JSON.writeValueAsString(List.of(
                org.candidates.rows().stream().map(SandboxTable.Row::value).toList(),
                org.applications.rows().stream().map(SandboxTable.Row::value).toList(),
                org.jobs.rows().stream().map(SandboxTable.Row::value).toList(),
                org.offers.rows().stream().map(SandboxTable.Row::value).toList(),
                org.interviewSchedules.rows().stream()
                        .map(SandboxTable.Row::value)
                        .toList(),
                org.notes.rows().stream().map(SandboxTable.Row::value).toList()));
    }
}
