package dev.crosswalk.bench;

import dev.crosswalk.ashby.AshbyAnswers;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.ashby.applications.ApplicationMapper;
import dev.crosswalk.ashby.applications.ApplicationMapperImpl;
import dev.crosswalk.ashby.applications.AshbyApplication;
import dev.crosswalk.ashby.candidates.AshbyCandidate;
import dev.crosswalk.ashby.candidates.CandidateMapper;
import dev.crosswalk.ashby.candidates.CandidateMapperImpl;
import dev.crosswalk.ashby.interviews.AshbyInterviewSchedule;
import dev.crosswalk.ashby.interviews.InterviewMapper;
import dev.crosswalk.ashby.interviews.InterviewMapperImpl;
import dev.crosswalk.json.ConstructorCreators;
import dev.crosswalk.json.UtcInstants;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.interviews.Interview;
import dev.crosswalk.web.UnifiedPage;
import dev.crosswalk.web.UnifiedResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * Cost of the unified mapping per record: Ashby JSON bytes in, unified JSON bytes out, through the
 * same steps as a unified list request (the client's one-pass decoding into typed records, the
 * MapStruct mapper, the envelope written) and the real mappers. Run by {@code bench/run.sh}; the
 * input is pages of 100 sandbox candidates, 100 applications and interview schedules holding 100
 * interview events ({@code src/test/resources/bench/}, regenerate with
 * {@code bench/run.sh --fixtures}), and the candidate recorded from a real Ashby organisation.
 * Results are nanoseconds per record (per interview event for interviews).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MappingBenchmark {

    static final int PAGE = 100;

    /** Configured like the application's (Spring Boot's defaults, application.yml and the modules of dev.crosswalk.json). */
    final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModules(new ConstructorCreators(), new UtcInstants(), new BlackbirdModule())
            .build();

    final CandidateMapper candidates = new CandidateMapperImpl();
    final ApplicationMapper applications = new ApplicationMapperImpl();
    final InterviewMapper interviews = new InterviewMapperImpl();
    final AshbyAnswers answers = new AshbyAnswers(json);

    byte[] candidatePage;
    byte[] applicationPage;
    byte[] interviewPage;
    byte[] recordedCandidate;
    List<AshbyCandidate> parsedPage;
    List<Candidate> mappedPage;

    @Setup
    public void load() {
        candidatePage = resource("/bench/candidate.list.json");
        recordedCandidate = resource("/ashby/candidate.info.recorded.json");
        JsonNode results = json.readTree(candidatePage).path("results");
        if (results.size() != PAGE) {
            throw new IllegalStateException(
                    "candidate.list.json must hold " + PAGE + " candidates, has " + results.size());
        }
        applicationPage = resource("/bench/application.list.json");
        interviewPage = resource("/bench/interviewSchedule.list.json");
        if (json.readTree(applicationPage).path("results").size() != PAGE) {
            throw new IllegalStateException("application.list.json must hold " + PAGE + " applications");
        }
        if (interviewSchedules().size() != PAGE) {
            throw new IllegalStateException("interviewSchedule.list.json must hold " + PAGE + " interview events");
        }
        parsedPage = answers.results(candidatePage, AshbyCandidate.class).stream()
                .map(Received::value)
                .toList();
        mappedPage = candidateMapperOnly();
    }

    /** A unified candidates page from an Ashby candidate.list page: the whole per-record CPU cost of a list. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public byte[] candidateListPage() {
        List<Received<AshbyCandidate>> results = answers.results(candidatePage, AshbyCandidate.class);
        List<Candidate> mapped = new ArrayList<>(results.size());
        for (Received<AshbyCandidate> result : results) {
            mapped.add(candidates.toCandidate(result.value(), null));
        }
        return json.writeValueAsBytes(new UnifiedPage<>(mapped, "cursor", mapped.size()));
    }

    /** The same page with include_remote_data=true: each record's original is parsed and written back as remote_data. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public byte[] candidateListPageWithRemoteData() {
        List<Received<AshbyCandidate>> results = answers.results(candidatePage, AshbyCandidate.class);
        List<Candidate> mapped = new ArrayList<>(results.size());
        for (Received<AshbyCandidate> result : results) {
            mapped.add(candidates.toCandidate(result.value(), result.json()));
        }
        return json.writeValueAsBytes(new UnifiedPage<>(mapped, "cursor", mapped.size()));
    }

    /** A unified applications page from an Ashby application.list page. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public byte[] applicationListPage() {
        List<Received<AshbyApplication>> results = answers.results(applicationPage, AshbyApplication.class);
        List<Application> mapped = new ArrayList<>(results.size());
        for (Received<AshbyApplication> result : results) {
            mapped.add(applications.toApplication(result.value(), null));
        }
        return json.writeValueAsBytes(new UnifiedPage<>(mapped, "cursor", mapped.size()));
    }

    /** A unified interviews page (one record per interview event) from an Ashby interviewSchedule.list page. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public byte[] interviewListPage() {
        List<Interview> mapped = interviewSchedules();
        return json.writeValueAsBytes(new UnifiedPage<>(mapped, "cursor", mapped.size()));
    }

    private List<Interview> interviewSchedules() {
        List<Interview> mapped = new ArrayList<>(PAGE);
        for (Received<AshbyInterviewSchedule> result : answers.results(interviewPage, AshbyInterviewSchedule.class)) {
            AshbyInterviewSchedule schedule = result.value();
            if (schedule.interviewEvents() != null) {
                for (AshbyInterviewSchedule.Event event : schedule.interviewEvents()) {
                    mapped.add(interviews.toInterview(schedule, event, null));
                }
            }
        }
        return mapped;
    }

    /** Decoding alone: Ashby's page bytes into typed records, nothing mapped or written. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public List<Received<AshbyCandidate>> candidateDecodeOnly() {
        return answers.results(candidatePage, AshbyCandidate.class);
    }

    /** Writing alone: a unified page of candidates already mapped, to bytes. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public byte[] candidateWriteOnly() {
        return json.writeValueAsBytes(new UnifiedPage<>(mappedPage, "cursor", mappedPage.size()));
    }

    /** The MapStruct mapping alone, records already decoded: no JSON either side. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public List<Candidate> candidateMapperOnly() {
        List<Candidate> mapped = new ArrayList<>(parsedPage.size());
        for (AshbyCandidate candidate : parsedPage) {
            mapped.add(candidates.toCandidate(candidate, null));
        }
        return mapped;
    }

    /** candidate.info as recorded from a real Ashby organisation → the unified get answer. */
    @Benchmark
    public byte[] recordedCandidateInfo() {
        Candidate candidate = candidates.toCandidate(
                answers.results(recordedCandidate, AshbyCandidate.class).get(0).value(), null);
        return json.writeValueAsBytes(new UnifiedResult<>(candidate));
    }

    static byte[] resource(String name) {
        try (InputStream in = MappingBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
