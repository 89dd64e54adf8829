package dev.crosswalk.ashby.jobinterviewstages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The interview-stage mapping, fed with the spec's examples of interviewStage.list and interviewStage.info. */
class JobInterviewStageMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final JobInterviewStageMapper mapper = new JobInterviewStageMapperImpl();

    @Test
    void mapsTheSpecExampleOfAListedStageWithTheJobItWasListedFor() {
        JsonNode example = AshbySpec.load()
                .exampleResponse("interviewStage.list")
                .path("results")
                .path(0);

        JobInterviewStage stage =
                mapper.toStage(json.treeToValue(example, AshbyInterviewStage.class), "job-1", example);

        assertThat(stage.id()).isEqualTo(example.path("id").asString());
        assertThat(stage.name()).isEqualTo("Offer");
        assertThat(stage.type()).as("Ashby's stage type stays raw").isEqualTo("Offer");
        assertThat(stage.position()).isEqualTo(1006);
        assertThat(stage.interviewPlanId())
                .isEqualTo(example.path("interviewPlanId").asString());
        assertThat(stage.job()).isEqualTo(new Reference("job-1"));
        assertThat(stage.remoteData()).isSameAs(example);
    }

    @Test
    void aStageFetchedByIdNamesNoJob() {
        JsonNode example =
                AshbySpec.load().exampleResponse("interviewStage.info").path("results");

        JobInterviewStage stage = mapper.toStage(json.treeToValue(example, AshbyInterviewStage.class), null, null);

        assertThat(stage.id()).isEqualTo(example.path("id").asString());
        assertThat(stage.job()).isNull();
        assertThat(stage.remoteData()).isNull();
    }
}
