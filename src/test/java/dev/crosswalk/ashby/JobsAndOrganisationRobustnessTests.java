package dev.crosswalk.ashby;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.departments.AshbyDepartment;
import dev.crosswalk.ashby.departments.DepartmentMapper;
import dev.crosswalk.ashby.departments.DepartmentMapperImpl;
import dev.crosswalk.ashby.jobformfields.JobFormFieldMapper;
import dev.crosswalk.ashby.jobformfields.JobFormFieldMapperImpl;
import dev.crosswalk.ashby.jobinterviewstages.AshbyInterviewStage;
import dev.crosswalk.ashby.jobinterviewstages.JobInterviewStageMapper;
import dev.crosswalk.ashby.jobinterviewstages.JobInterviewStageMapperImpl;
import dev.crosswalk.ashby.jobpostings.AshbyJobPosting;
import dev.crosswalk.ashby.jobs.AshbyJob;
import dev.crosswalk.ashby.jobs.JobMapper;
import dev.crosswalk.ashby.jobs.JobMapperImpl;
import dev.crosswalk.ashby.offices.AshbyLocation;
import dev.crosswalk.ashby.offices.OfficeMapper;
import dev.crosswalk.ashby.offices.OfficeMapperImpl;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.departments.Department;
import dev.crosswalk.unified.jobformfields.JobFormField;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import dev.crosswalk.unified.jobs.Job;
import dev.crosswalk.unified.offices.Office;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Ashby method behind jobs, job interview stages, job form fields, departments and offices,
 * fed with many random answers valid under the method's response schema in the spec but varied
 * (optional members missing or null, empty arrays, enum values the spec does not list, members it
 * does not know): each decodes and maps without error, lists are never null, and enums are either
 * a documented value or Ashby's raw one.
 */
class JobsAndOrganisationRobustnessTests {

    static final AshbySpec SPEC = AshbySpec.load();
    static final JsonMapper JSON = JsonMapper.builder().build();

    final JobMapper jobs = new JobMapperImpl();
    final JobInterviewStageMapper stages = new JobInterviewStageMapperImpl();
    final JobFormFieldMapper fields = new JobFormFieldMapperImpl();
    final DepartmentMapper departments = new DepartmentMapperImpl();
    final OfficeMapper offices = new OfficeMapperImpl();

    @Property(tries = 200)
    void anyJobListMaps(@ForAll("job.list") JsonNode answer) {
        answer.path("results").forEach(this::assertJobMaps);
    }

    @Property(tries = 200)
    void anyJobInfoMaps(@ForAll("job.info") JsonNode answer) {
        assertJobMaps(answer.path("results"));
    }

    @Property(tries = 200)
    void anyInterviewStageListMaps(@ForAll("interviewStage.list") JsonNode answer) {
        answer.path("results").forEach(stage -> assertStageMaps(stage, "job-1"));
    }

    @Property(tries = 200)
    void anyInterviewStageInfoMaps(@ForAll("interviewStage.info") JsonNode answer) {
        assertStageMaps(answer.path("results"), null);
    }

    @Property(tries = 200)
    void anyJobPostingListDecodes(@ForAll("jobPosting.list") JsonNode answer) {
        for (JsonNode posting : answer.path("results")) {
            AshbyJobPosting decoded = JSON.treeToValue(posting, AshbyJobPosting.class);
            assertThat(decoded.jobId()).isEqualTo(posting.path("jobId").asString());
        }
    }

    @Property(tries = 200)
    void anyJobPostingInfoMapsEveryFormField(@ForAll("jobPosting.info") JsonNode answer) {
        JsonNode posting = answer.path("results");
        AshbyJobPosting decoded = JSON.treeToValue(posting, AshbyJobPosting.class);
        if (decoded.applicationFormDefinition() == null
                || decoded.applicationFormDefinition().sections() == null) {
            return;
        }
        for (AshbyJobPosting.Section section :
                decoded.applicationFormDefinition().sections()) {
            if (section == null || section.fields() == null) {
                continue;
            }
            for (AshbyJobPosting.FieldEntry entry : section.fields()) {
                if (entry == null || entry.field() == null) {
                    continue;
                }
                JobFormField field = fields.toField(entry, section.title(), "job-1", decoded.id(), null);
                assertThat(field.id()).isEqualTo(entry.field().id());
                assertThat(field.options()).isNotNull().doesNotContainNull();
                assertThat(field.type())
                        .satisfiesAnyOf(
                                type -> assertThat(type)
                                        .isIn("text", "textarea", "dropdown", "file", "checkbox", "date", "number"),
                                type -> assertThat(type).isEqualTo(entry.field().type()));
            }
        }
    }

    @Property(tries = 200)
    void anyDepartmentListMaps(@ForAll("department.list") JsonNode answer) {
        answer.path("results").forEach(this::assertDepartmentMaps);
    }

    @Property(tries = 200)
    void anyDepartmentInfoMaps(@ForAll("department.info") JsonNode answer) {
        assertDepartmentMaps(answer.path("results"));
    }

    @Property(tries = 200)
    void anyLocationListMaps(@ForAll("location.list") JsonNode answer) {
        answer.path("results").forEach(this::assertOfficeMaps);
    }

    @Property(tries = 200)
    void anyLocationInfoMaps(@ForAll("location.info") JsonNode answer) {
        assertOfficeMaps(answer.path("results"));
    }

    private void assertJobMaps(JsonNode json) {
        Job job = jobs.toJob(JSON.treeToValue(json, AshbyJob.class), json);

        assertThat(job.id()).isEqualTo(json.path("id").asString());
        assertThat(job.status())
                .satisfiesAnyOf(
                        status -> assertThat(status).isIn("draft", "open", "closed", "archived"),
                        status ->
                                assertThat(status).isEqualTo(json.path("status").asString()));
        assertThat(job.employmentType())
                .satisfiesAnyOf(
                        type -> assertThat(type).isIn("full_time", "part_time", "intern", "contract", "temporary"),
                        type -> assertThat(type)
                                .isEqualTo(json.path("employmentType").asString()));
        assertThat(job.departments()).isNotNull();
        assertThat(job.offices()).isNotNull();
        assertThat(job.hiringManagers()).isNotNull();
        assertThat(job.recruiters()).isNotNull();
        assertThat(job.jobPostingIds()).isNotNull().doesNotContainNull();
        assertThat(job.customFields()).isNotNull();
        assertThat(job.remoteData()).isSameAs(json);
    }

    private void assertStageMaps(JsonNode json, String jobId) {
        JobInterviewStage stage = stages.toStage(JSON.treeToValue(json, AshbyInterviewStage.class), jobId, json);

        assertThat(stage.id()).isEqualTo(json.path("id").asString());
        assertThat(stage.type()).isEqualTo(json.path("type").asString());
        assertThat(stage.position()).isEqualTo(json.path("orderInInterviewPlan").asInt());
    }

    private void assertDepartmentMaps(JsonNode json) {
        Department department = departments.toDepartment(JSON.treeToValue(json, AshbyDepartment.class), json);

        assertThat(department.id()).isEqualTo(json.path("id").asString());
        assertThat(department.status()).isEqualTo(json.path("isArchived").asBoolean(false) ? "inactive" : "active");
    }

    private void assertOfficeMaps(JsonNode json) {
        Office office = offices.toOffice(JSON.treeToValue(json, AshbyLocation.class), json);

        assertThat(office.id()).isEqualTo(json.path("id").asString());
        assertThat(office.name()).isEqualTo(json.path("name").asString());
        if (office.address() == null) {
            assertThat(office.location()).isNull();
        }
    }

    @Provide("job.list")
    Arbitrary<JsonNode> jobList() {
        return answers("job.list");
    }

    @Provide("job.info")
    Arbitrary<JsonNode> jobInfo() {
        return answers("job.info");
    }

    @Provide("interviewStage.list")
    Arbitrary<JsonNode> interviewStageList() {
        return answers("interviewStage.list");
    }

    @Provide("interviewStage.info")
    Arbitrary<JsonNode> interviewStageInfo() {
        return answers("interviewStage.info");
    }

    @Provide("jobPosting.list")
    Arbitrary<JsonNode> jobPostingList() {
        return answers("jobPosting.list");
    }

    @Provide("jobPosting.info")
    Arbitrary<JsonNode> jobPostingInfo() {
        return answers("jobPosting.info");
    }

    @Provide("department.list")
    Arbitrary<JsonNode> departmentList() {
        return answers("department.list");
    }

    @Provide("department.info")
    Arbitrary<JsonNode> departmentInfo() {
        return answers("department.info");
    }

    @Provide("location.list")
    Arbitrary<JsonNode> locationList() {
        return answers("location.list");
    }

    @Provide("location.info")
    Arbitrary<JsonNode> locationInfo() {
        return answers("location.info");
    }

    private static Arbitrary<JsonNode> answers(String method) {
        return Arbitraries.randomValue(random -> SPEC.randomResponse(method, random));
    }
}
